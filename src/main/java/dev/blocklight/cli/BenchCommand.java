// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LineCounter;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.sample.GenerationSummary;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blocklight bench}: times parse+group on an HDFS_v1-scale log against a plain line count of
 * the same file in the same run, and reports memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks parsing and grouping on an HDFS_v1-scale log.",
            "Without --log it generates one (11.2M lines, about 1.5 GB) in the work folder and reuses it later."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--log", paramLabel = "FILE", description = "Benchmark this log instead of a generated one.")
    Path log;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "11200000",
            description = "Lines to generate (default: ${DEFAULT-VALUE}).")
    long lines;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-data",
            description = "Folder for generated input (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed parse runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--model", description = "Also train, score and diagnose with the LSTM model, and check quality "
            + "against the generated labels.")
    boolean model;

    @Option(names = "--full", description = "The whole job end to end: generate (unless --log), parse once, train, "
            + "score, export the flagged blocks; with each stage's time, the total and peak RSS.")
    boolean full;

    @Option(names = "--threshold", paramLabel = "SPEC", defaultValue = ThresholdSpecs.DEFAULT_SPEC,
            description = "Threshold for the model stage (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--replay", paramLabel = "SEQUENCES", description = "Judge detection on real block behaviour: for "
            + "each half of the file's anomalous sequences, replay two logs (A, B) into the work folder, train on A "
            + "without and with labels, score A and B at the default thresholds, and compare a lookup of A's normal "
            + "event-count vectors. Needs no --log.")
    Path replay;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "20000",
            description = "Blocks per replayed log, with --replay (default: ${DEFAULT-VALUE}).")
    long blocks;

    @Option(names = "--cache", paramLabel = "DIR", description = "Time reopening the log through a workspace cache in DIR "
            + "(the first run parses and saves; each run restores).")
    Path cache;

    @Option(names = "--follow", paramLabel = "DIR", description = "Time follow mode: copy 90%% of the log into DIR, "
            + "parse it, then append the rest in --runs steps and time each tail parse.")
    Path follow;

    @Mixin
    ParseOptions parse;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        ThresholdStrategy strategy = ThresholdSpecs.parse(threshold);
        long start = System.nanoTime();
        if (replay != null) {
            ReplayBench.run(o, replay, blocks, seed, work, parse, Runtime.getRuntime().availableProcessors());
            o.printf(Locale.ROOT, "Peak RSS: %s; total %s%n", peakRss(), Human.duration(System.nanoTime() - start));
            return 0;
        }
        if (full) {
            model = true;
            runs = 1;
        }
        Path input = log != null ? log : ensureGenerated(o);
        LogSource source = LogSource.of(input);
        o.printf(Locale.ROOT, "Input: %s (%s), %d cores, max heap %s%n", input, Human.bytes(source.size()),
                Runtime.getRuntime().availableProcessors(), Human.bytes(Runtime.getRuntime().maxMemory()));
        if (follow != null) {
            FollowBench.run(o, input, parse, follow, runs);
            o.printf(Locale.ROOT, "Peak RSS: %s%n", peakRss());
            return 0;
        }
        if (cache != null) {
            CacheBench.run(o, input, parse, cache, runs);
            o.printf(Locale.ROOT, "Peak RSS: %s%n", peakRss());
            return 0;
        }
        long countNanos = Long.MAX_VALUE;
        long counted = 0;
        long bestParse = Long.MAX_VALUE;
        ParseStats stats = null;
        ParseResult last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            counted = LineCounter.count(source);
            countNanos = Math.min(countNanos, System.nanoTime() - t);
            ParseResult r = parse.parse(input, ProgressListener.NONE);
            stats = r.stats();
            bestParse = Math.min(bestParse, stats.elapsedNanos());
            o.printf(Locale.ROOT, "  run %d: parse+group %.2f s (%s lines/s)%n", i + 1, stats.elapsedNanos() / 1e9,
                    Human.count(stats.linesPerSecond()));
            last = model && i == runs - 1 ? r : null;
        }
        System.gc();
        o.printf(Locale.ROOT, "Lines: %,d (line count agrees: %s); blocks %,d; templates %d; distinct masked contents %,d%n",
                stats.lines(), counted == stats.lines(), stats.blocks(), stats.events(), stats.distinctContents());
        o.printf(Locale.ROOT, "Plain line count: %.2f s (%s lines/s)%n", countNanos / 1e9,
                Human.count(counted * 1e9 / countNanos));
        o.printf(Locale.ROOT, "Parse+group best: %.2f s (%s lines/s), %.1fx the line count time%n", bestParse / 1e9,
                Human.count(stats.lines() * 1e9 / bestParse), (double) bestParse / countNanos);
        o.printf(Locale.ROOT, "Peak RSS: %s%n", peakRss());
        if (model) {
            Path labelFile = LabelReader.besideLog(input);
            byte[] labels = Files.isRegularFile(labelFile) ? LabelReader.read(labelFile).of(last.sessions()) : null;
            Path flagged = full ? work.resolve("bench-flagged.csv") : null;
            if (flagged != null) {
                Files.createDirectories(work);
            }
            ModelBench.run(o, last, labels, strategy, Runtime.getRuntime().availableProcessors(),
                    parse.format().pattern(), flagged);
            o.printf(Locale.ROOT, "Peak RSS: %s%n", peakRss());
        }
        if (full) {
            o.printf(Locale.ROOT, "Total, end to end: %s%n", Human.duration(System.nanoTime() - start));
        }
        return 0;
    }

    private Path ensureGenerated(PrintWriter o) throws IOException {
        Files.createDirectories(work);
        Path file = work.resolve("hdfs-" + lines + "-s" + seed + ".log");
        Path labels = LabelReader.besideLog(file);
        if (Files.isRegularFile(file) && Files.isRegularFile(labels)) {
            o.println("Reusing " + file);
            return file;
        }
        long t = System.nanoTime();
        GenerationSummary s;
        try (AtomicOutput logOut = AtomicOutput.open(file); AtomicOutput labelOut = AtomicOutput.open(labels)) {
            Writer w = new OutputStreamWriter(labelOut.stream(), StandardCharsets.UTF_8);
            s = new HdfsLogGenerator(new GeneratorConfig(lines, seed, 0.03))
                    .generate(logOut.stream(), w, null, ProgressListener.NONE, Cancellation.NEVER);
            w.flush();
            logOut.commit();
            labelOut.commit();
        }
        o.printf(Locale.ROOT, "Generated %s: %,d lines, %,d blocks (%,d anomalous) in %.1f s%n", file, s.lines(),
                s.blocks(), s.anomalousBlocks(), (System.nanoTime() - t) / 1e9);
        return file;
    }

    /** Peak resident set size of this process, from /proc (Linux), or "n/a". */
    static String peakRss() {
        return PeakRss.human();
    }
}
