// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a synthetic log in the shape of Loghub's HDFS_v1: the real line layout
 * ({@code 081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_.. terminating}),
 * the real components, levels and parameter shapes of templates E1–E30, and block lives that interleave in
 * time as in the real log (about 19 lines per block). A share of the blocks follows one of the failure
 * patterns of the labelled HDFS_v1 sessions; those are labelled {@code Anomaly}.
 *
 * <p>The output is deterministic for a given {@link GeneratorConfig}. Single-threaded and
 * allocation-light: it writes bytes through its own buffer, so the caller's stream need not be buffered.
 */
public final class HdfsLogGenerator {
    private final GeneratorConfig config;

    public HdfsLogGenerator(GeneratorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Generates exactly {@code config.lines()} lines.
     *
     * @param log receives the log (not closed)
     * @param labels receives {@code BlockId,Label} rows in order of first appearance (flushed, not closed)
     * @param truth receives the true event id of every line ({@code E5}), one per line, or null
     * @param progress told about lines written (done = lines, total = lines asked for)
     * @param cancel asked every few thousand lines; a cancelled run throws
     *     {@link java.util.concurrent.CancellationException} and leaves the outputs incomplete
     * @return what was written
     */
    public GenerationSummary generate(OutputStream log, Writer labels, Writer truth, ProgressListener progress,
            Cancellation cancel) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        GeneratorRun run = new GeneratorRun(config, new LineBuffer(log, 1 << 20), new TruthSink(truth));
        run.run(progress, cancel);
        log.flush();
        run.registry().writeLabels(labels);
        return new GenerationSummary(run.lines(), run.bytes(), run.registry().size(), run.registry().anomalies());
    }
}
