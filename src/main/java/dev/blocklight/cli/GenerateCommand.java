// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.sample.AnomalyHalves;
import dev.blocklight.core.sample.GenerationSummary;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import dev.blocklight.core.sample.RealSequence;
import dev.blocklight.core.sample.RealSequences;
import dev.blocklight.core.sample.ReplayConfig;
import dev.blocklight.core.sample.ReplayGenerator;
import dev.blocklight.core.session.LabelReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code blocklight generate}: writes a synthetic HDFS_v1-style log, or replays real block sequences, with labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic synthetic HDFS_v1-style log (templates E1-E30, interleaved block lives, "
                + "about 3%% anomalous blocks) and its labels in Loghub's anomaly_label.csv layout.",
            "With --replay it renders REAL HDFS_v1 block sequences instead: each block replays one sequence of "
                + "the file, event for event in its order, so parsing the log and grouping it by block gives the "
                + "real sequences back. The labels (BlockId,Label) and each line's true event id are then written "
                + "beside the log, X.log -> X_anomaly_label.csv and X_truth.txt, unless --labels or --truth name "
                + "other files. The sequence file may be a CSV with Label and EventSequence columns "
                + "(Label,NumEvents,EventSequence,Source or BlockId,Label,NumEvents,EventSequence), or DeepLog's "
                + "plain layout (one block a line, event numbers without the E: 5 5 22 5 11 9), whose sequences "
                + "are anomalous when the file name contains 'abnormal', else normal (see --replay-label).",
            "The same seed gives the same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N",
            description = "Number of log lines to write (required without --replay; not with --replay, where "
                    + "--blocks sets the size).")
    Long lines;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The log file to write.")
    Path out;

    @Option(names = "--labels", paramLabel = "FILE", description = "Also write the block labels (BlockId,Label); "
            + "with --replay they are written beside the log unless this names another file.")
    Path labels;

    @Option(names = "--truth", paramLabel = "FILE", description = "Also write each line's true event id (E1-E30), "
            + "one per line; with --replay it is written beside the log unless this names another file.")
    Path truth;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--anomaly-rate", paramLabel = "R",
            description = "Share of anomalous blocks of the synthetic log, 0 to 1 (default: 0.03; with --replay "
                    + "use --anomaly-share).")
    Double anomalyRate;

    @Option(names = "--gzip", description = "Compress the log with gzip.")
    boolean gzip;

    @Option(names = "--replay", paramLabel = "SEQUENCES", description = "Replay the real block sequences of this file.")
    Path replay;

    @Option(names = "--blocks", paramLabel = "N", description = "With --replay: number of blocks (default: "
            + ReplayConfig.DEFAULT_BLOCKS + ").")
    Long blocks;

    @Option(names = "--anomaly-share", paramLabel = "R", description = "With --replay: share of anomalous blocks, "
            + "0 to 1; exactly round(N*R) blocks, at random positions (default: " + ReplayConfig.DEFAULT_ANOMALY_SHARE
            + ", HDFS_v1's 16,838 of 575,061).")
    Double anomalyShare;

    @Option(names = "--half", paramLabel = "HALF", converter = HalfConverter.class,
            description = "With --replay: draw anomalous sequences from the tune half, the held-out half, or all "
                    + "(default: all). A sequence's half is fixed by the SHA-256 of its text; normal sequences "
                    + "belong to both.")
    Half half;

    @Option(names = "--replay-label", paramLabel = "LABEL", converter = LabelConverter.class,
            description = "With --replay: label every sequence of the file normal or anomaly, whatever its Label "
                    + "column or name says.")
    RealSequences.Label replayLabel;

    /** The --half choices. */
    enum Half {
        TUNE, HELD_OUT, ALL
    }

    @Override
    public Integer call() throws IOException {
        return replay == null ? synthetic() : replayed();
    }

    private int synthetic() throws IOException {
        if (lines == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--lines=N' (or --replay)");
        }
        for (Object replayOnly : new Object[] {blocks, anomalyShare, half, replayLabel}) {
            if (replayOnly != null) {
                throw new ParameterException(spec.commandLine(),
                        "--blocks, --anomaly-share, --half and --replay-label need --replay");
            }
        }
        GeneratorConfig config = new GeneratorConfig(lines, seed,
                anomalyRate == null ? GeneratorConfig.DEFAULT_ANOMALY_RATE : anomalyRate);
        long t0 = System.nanoTime();
        GenerationSummary s = write(labels, truth, (log, labelWriter, truthWriter) -> new HdfsLogGenerator(config)
                .generate(log, labelWriter, truthWriter, progress(), Cancellation.NEVER));
        double seconds = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "Generated %,d lines, %,d blocks (%,d anomalous), %.1f MB in %.2f s (%s lines/s)%n",
                s.lines(), s.blocks(), s.anomalousBlocks(), s.bytes() / 1e6, seconds,
                Human.count(s.lines() / Math.max(seconds, 1e-9)));
        return 0;
    }

    private int replayed() throws IOException {
        if (lines != null || anomalyRate != null) {
            throw new ParameterException(spec.commandLine(), (lines != null ? "--lines" : "--anomaly-rate")
                    + " does not apply to --replay: --blocks sets the size and --anomaly-share the anomalies");
        }
        AnomalyHalves.Half chosen = half == Half.TUNE ? AnomalyHalves.Half.TUNE
                : half == Half.HELD_OUT ? AnomalyHalves.Half.HELD_OUT : null;
        ReplayConfig config = new ReplayConfig(blocks == null ? ReplayConfig.DEFAULT_BLOCKS : blocks,
                anomalyShare == null ? ReplayConfig.DEFAULT_ANOMALY_SHARE : anomalyShare, chosen, seed);
        long t0 = System.nanoTime();
        List<RealSequence> pool = RealSequences.read(replay,
                replayLabel == null ? RealSequences.Label.FROM_FILE : replayLabel);
        ReplayGenerator generator = new ReplayGenerator(config);
        try {
            generator.checkPool(pool);
        } catch (IllegalArgumentException e) {
            throw new IOException(replay + ": " + e.getMessage(), e);
        }
        Path labelFile = labels != null ? labels : LabelReader.besideLog(out);
        Path truthFile = truth != null ? truth : ReplayGenerator.truthBesideLog(out);
        GenerationSummary s = write(labelFile, truthFile, (log, labelWriter, truthWriter) ->
                generator.generate(pool, log, labelWriter, truthWriter, progress(), Cancellation.NEVER));
        double seconds = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "Replayed %,d blocks (%,d anomalous, half %s) from %,d sequences: %,d lines, %.1f MB in %.2f s "
                        + "(%s lines/s); labels %s, truth %s%n",
                s.blocks(), s.anomalousBlocks(), chosen == null ? "all" : ReplayGenerator.halfName(chosen), pool.size(),
                s.lines(), s.bytes() / 1e6, seconds, Human.count(s.lines() / Math.max(seconds, 1e-9)), labelFile,
                truthFile);
        return 0;
    }

    /** One generator run writing to streams. */
    @FunctionalInterface
    private interface Generation {
        GenerationSummary run(OutputStream log, Writer labels, Writer truth) throws IOException;
    }

    /** Runs {@code g} into the log and the optional label and truth files: all are committed, or none. */
    private GenerationSummary write(Path labelFile, Path truthFile, Generation g) throws IOException {
        GenerationSummary s;
        try (AtomicOutput logOut = AtomicOutput.open(out);
                AtomicOutput labelOut = labelFile == null ? null : AtomicOutput.open(labelFile);
                AtomicOutput truthOut = truthFile == null ? null : AtomicOutput.open(truthFile)) {
            OutputStream logStream = gzip ? new GZIPOutputStream(logOut.stream(), 1 << 16) : logOut.stream();
            Writer labelWriter = labelOut == null ? Writer.nullWriter() : writer(labelOut);
            Writer truthWriter = truthOut == null ? null : writer(truthOut);
            s = g.run(logStream, labelWriter, truthWriter);
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
        return s;
    }

    private ConsoleProgress progress() {
        return new ConsoleProgress(spec.commandLine().getErr(), "generate");
    }

    private static Writer writer(AtomicOutput target) {
        return new BufferedWriter(new OutputStreamWriter(target.stream(), StandardCharsets.US_ASCII), 1 << 16);
    }

    /** {@code tune}, {@code held-out} or {@code all}. */
    static final class HalfConverter implements picocli.CommandLine.ITypeConverter<Half> {
        @Override
        public Half convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "tune" -> Half.TUNE;
                case "held-out", "heldout", "held_out" -> Half.HELD_OUT;
                case "all" -> Half.ALL;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected tune, held-out or all, got '" + value + "'");
            };
        }
    }

    /** {@code normal} or {@code anomaly}. */
    static final class LabelConverter implements picocli.CommandLine.ITypeConverter<RealSequences.Label> {
        @Override
        public RealSequences.Label convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "normal" -> RealSequences.Label.NORMAL;
                case "anomaly", "anomalous" -> RealSequences.Label.ANOMALY;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected normal or anomaly, got '" + value + "'");
            };
        }
    }
}
