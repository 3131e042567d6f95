// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.sample.GenerationSummary;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blocklight generate}: writes a synthetic HDFS_v1-style log with its block labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic synthetic HDFS_v1-style log (templates E1-E30, interleaved block lives, "
                + "about 3%% anomalous blocks) and its labels in Loghub's anomaly_label.csv layout.",
            "The same seed gives the same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lines", required = true, paramLabel = "N", description = "Number of log lines to write.")
    long lines;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The log file to write.")
    Path out;

    @Option(names = "--labels", paramLabel = "FILE", description = "Also write the block labels (BlockId,Label).")
    Path labels;

    @Option(names = "--truth", paramLabel = "FILE", description = "Also write each line's true event id (E1-E30), one per line.")
    Path truth;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--anomaly-rate", paramLabel = "R", defaultValue = "0.03",
            description = "Share of anomalous blocks, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double anomalyRate;

    @Option(names = "--gzip", description = "Compress the log with gzip.")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        GeneratorConfig config = new GeneratorConfig(lines, seed, anomalyRate);
        long t0 = System.nanoTime();
        GenerationSummary s;
        try (AtomicOutput logOut = AtomicOutput.open(out);
                AtomicOutput labelOut = labels == null ? null : AtomicOutput.open(labels);
                AtomicOutput truthOut = truth == null ? null : AtomicOutput.open(truth)) {
            OutputStream logStream = gzip ? new GZIPOutputStream(logOut.stream(), 1 << 16) : logOut.stream();
            Writer labelWriter = labelOut == null ? Writer.nullWriter() : writer(labelOut);
            Writer truthWriter = truthOut == null ? null : writer(truthOut);
            s = new HdfsLogGenerator(config).generate(logStream, labelWriter, truthWriter,
                    new ConsoleProgress(spec.commandLine().getErr(), "generate"), Cancellation.NEVER);
            if (logStream instanceof GZIPOutputStream z) {
                z.finish();
            }
            logOut.commit();
            if (labelOut != null) {
                labelOut.commit();
            }
            if (truthOut != null) {
                truthOut.commit();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Generated %,d lines, %,d blocks (%,d anomalous), %.1f MB in %.2f s (%s lines/s)%n",
                s.lines(), s.blocks(), s.anomalousBlocks(), s.bytes() / 1e6, seconds,
                Human.count(s.lines() / Math.max(seconds, 1e-9)));
        return 0;
    }

    private static Writer writer(AtomicOutput target) {
        return new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.US_ASCII), 1 << 16);
    }
}
