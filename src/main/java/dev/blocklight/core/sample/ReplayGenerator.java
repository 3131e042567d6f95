// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders real HDFS_v1 block sequences ({@link RealSequences}) into a raw HDFS_v1 log, so that detection can
 * be judged end to end on real block behaviour. Each block replays one drawn sequence: its lines carry
 * exactly the sequence's events in its order, all naming the block, rendered as the synthetic generator
 * renders those events (fresh parameters, the block's size and datanodes kept within the block). Blocks
 * arrive over time and their lives interleave in time order; parsing the log and grouping it by block
 * gives back the drawn sequences. No line names two blocks.
 *
 * <p>Normal blocks are drawn uniformly with replacement from the pool's normal rows, anomalous ones from
 * its anomalous rows of the configured half (rows, so frequent anomaly types stay frequent). The output
 * is deterministic for a given configuration and pool.
 */
public final class ReplayGenerator {
    private final ReplayConfig config;

    public ReplayGenerator(ReplayConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ReplayConfig config() {
        return config;
    }

    /**
     * Checks that the pool has sequences for the blocks asked for.
     *
     * @throws IllegalArgumentException naming what is missing: normal sequences when normal blocks are
     *     asked for, anomalous ones (of the configured half) when anomalous blocks are
     */
    public void checkPool(List<RealSequence> pool) {
        if (config.normalBlocks() > 0 && RealSequences.normal(pool).isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no normal sequences to draw %,d normal blocks from", config.normalBlocks()));
        }
        if (config.anomalousBlocks() > 0 && RealSequences.anomalous(pool, config.half()).isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no anomalous sequences%s to draw %,d anomalous blocks from (an anomaly share of 0 needs none)",
                    config.half() == null ? "" : " in the " + halfName(config.half()) + " half",
                    config.anomalousBlocks()));
        }
    }

    /**
     * Writes {@code config.blocks()} blocks drawn from {@code pool}.
     *
     * @param pool the sequences to draw from, normal and anomalous (anomalous ones outside the configured
     *     half are skipped)
     * @param log receives the log (not closed); written through the generator's own buffer
     * @param labels receives {@code BlockId,Label} rows in order of first appearance (flushed, not closed)
     * @param truth receives the true event id of every line ({@code E5}), one per line, or null
     * @param progress told about lines written (done = lines, total = all lines the run will write)
     * @param cancel asked every few thousand lines; a cancelled run throws
     *     {@link java.util.concurrent.CancellationException} and leaves the outputs incomplete
     * @return what was written
     * @throws IllegalArgumentException when the pool lacks sequences ({@link #checkPool})
     */
    public GenerationSummary generate(List<RealSequence> pool, OutputStream log, Writer labels, Writer truth,
            ProgressListener progress, Cancellation cancel) throws IOException {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancel, "cancel");
        checkPool(pool);
        RealSequence[] normal = RealSequences.normal(pool).toArray(RealSequence[]::new);
        RealSequence[] anomalous = RealSequences.anomalous(pool, config.half()).toArray(RealSequence[]::new);
        ReplayRun run = new ReplayRun(config, normal, anomalous, new LineBuffer(log, 1 << 20), new TruthSink(truth));
        run.run(progress, cancel);
        log.flush();
        run.registry().writeLabels(labels);
        return new GenerationSummary(run.lines(), run.bytes(), run.registry().size(), run.registry().anomalies());
    }

    /**
     * The truth file that sits beside a replayed log: {@code X.log} (or {@code X.log.gz}) has
     * {@code X_truth.txt}, next to its labels {@code X_anomaly_label.csv}.
     */
    public static Path truthBesideLog(Path log) {
        String name = log.getFileName().toString().replaceFirst("\\.log(\\.gz)?$", "");
        return log.resolveSibling(name + "_truth.txt");
    }

    /** {@code tune} or {@code held-out}, as the CLI spells the halves. */
    public static String halfName(AnomalyHalves.Half half) {
        return half == AnomalyHalves.Half.TUNE ? "tune" : "held-out";
    }
}
