// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.model.TrainingListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak benchmark ({@code ./mvnw test -Psoak}; not part of {@code verify}): in one JVM, 200 times
 * open a log through the workspace cache, parse it, score it with a model, save the analysis, and
 * cancel a parse and a scoring run midway. After a warm-up it samples, every few rounds and after GC,
 * the heap in use, JavaCPP's tracked off-heap bytes and the process RSS (which holds ND4J's native
 * buffers: libnd4j allocates them itself, so JavaCPP's count stays near zero), NIO buffer pools,
 * live threads and open file descriptors, and fits a least-squares slope per round to each. It fails
 * when a slope or the growth over the run exceeds a bound that a real leak would cross. The figures
 * go to {@code target/soak-report.txt}. {@code -Dsoak.rounds=N}, {@code -Dsoak.lines=N} change the size.
 */
class WorkspaceSoak {
    static final int ROUNDS = Integer.getInteger("soak.rounds", 200);
    static final int LINES = Integer.getInteger("soak.lines", 40_000);
    static final int WARMUP = Math.max(5, ROUNDS / 10);
    static final int EVERY = 5;
    static final String KEY = WorkspaceCache.key(Analyses.FORMAT, MaskingConfig.hdfsDefaults(), DrainConfig.defaults());

    @TempDir
    Path dir;

    /**
     * One sample. {@code jvm} is the memory the JVM itself has committed (heap, metaspace, code cache...),
     * so {@code native = rss - jvm} is what native code (ND4J, libc) holds.
     */
    record Sample(int round, long heap, long javacpp, long rss, long jvm, long nio, int threads, int fds) {
        long nativeBytes() {
            return rss - jvm;
        }
    }

    @Test
    void twoHundredRoundsKeepMemoryThreadsAndFilesFlat() throws Exception {
        long t0 = System.nanoTime();
        Path log = Analyses.generate(dir.resolve("soak.log"), LINES, 99);
        WorkspaceCache cache = new WorkspaceCache(dir.resolve("cache"));
        ParseResult first = Analyses.parse(log);
        AutoencoderModel model = TrainingRun.train(first, null,
                ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1), 2,
                ThresholdSpecs.parse(ThresholdSpecs.DEFAULT_SPEC), "soak.log", Analyses.FORMAT, TrainingListener.NONE,
                Cancellation.NEVER).model();
        parseChecks = CancelConsistencyTest.checksOf(c -> LogOpener.parse(log, Analyses.config(), Analyses.miner(),
                ProgressListener.NONE, c));
        scoreChecks = CancelConsistencyTest.checksOf(c -> ScoringRun.score(model, first, null, null, 2,
                ProgressListener.NONE, c));
        List<Sample> samples = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            oneRound(log, cache, model, first, round);
            if (round >= WARMUP && (round - WARMUP) % EVERY == 0) {
                samples.add(sample(round));
            }
        }
        String report = report(samples, (System.nanoTime() - t0) / 1e9);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "soak-report.txt"), report);
        System.out.println(report);
        Sample a = samples.get(0);
        Sample z = samples.get(samples.size() - 1);
        assertTrue(slope(samples, Sample::heap) < 64 * 1024, "heap after GC grows " + slope(samples, Sample::heap) + " B/round");
        assertTrue(slope(samples, Sample::javacpp) < 64 * 1024, "off-heap grows " + slope(samples, Sample::javacpp) + " B/round");
        assertTrue(slope(samples, Sample::nativeBytes) < 512 * 1024,
                "native memory (RSS minus the JVM's committed) grows " + slope(samples, Sample::nativeBytes) + " B/round");
        assertTrue(slope(samples, Sample::nio) < 16 * 1024, "NIO buffers grow " + slope(samples, Sample::nio) + " B/round");
        assertTrue(z.threads() - a.threads() <= 4, "threads " + a.threads() + " -> " + z.threads());
        assertTrue(z.fds() - a.fds() <= 4, "open files " + a.fds() + " -> " + z.fds());
    }

    private int parseChecks;
    private int scoreChecks;

    private void oneRound(Path log, WorkspaceCache cache, AutoencoderModel model, ParseResult first, int round)
            throws IOException {
        WorkspaceCache.Lookup open = cache.load(log, KEY);
        ParseResult parsed = Analyses.parse(log);
        assertEquals(first.stats().lines(), parsed.stats().lines());
        ScoringRun.Outcome scored = ScoringRun.score(model, parsed, null, null, 2, ProgressListener.NONE, Cancellation.NEVER);
        if (round == 1 || open.restored()) {
            cache.save(open.identity(), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed)
                    .withScores(scored.scores().scores(), scored.threshold().value(), scored.threshold().spec()));
        }
        assertTrue(round == 1 || open.restored(), "round " + round + ": " + open.status());
        assertThrows(CancellationException.class, () -> LogOpener.parse(log, Analyses.config(), Analyses.miner(),
                ProgressListener.NONE, after(round % parseChecks)));
        assertThrows(CancellationException.class, () -> ScoringRun.score(model, parsed, null, null, 2,
                ProgressListener.NONE, after(round % scoreChecks)));
    }

    private static Cancellation after(int checks) {
        AtomicInteger n = new AtomicInteger();
        return () -> n.incrementAndGet() > checks;
    }

    private static Sample sample(int round) throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        var memory = ManagementFactory.getMemoryMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed();
        long jvm = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        long nio = 0;
        for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            nio += b.getMemoryUsed();
        }
        int fds;
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            fds = (int) s.count();
        }
        return new Sample(round, heap, Pointer.totalBytes(), Pointer.physicalBytes(), jvm, nio,
                ManagementFactory.getThreadMXBean().getThreadCount(), fds);
    }

    interface Metric {
        double of(Sample s);
    }

    /** Least-squares slope of the metric per round. */
    static double slope(List<Sample> samples, Metric m) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double x = s.round();
            double y = m.of(s);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private static String report(List<Sample> samples, double seconds) {
        StringWriter w = new StringWriter();
        PrintWriter o = new PrintWriter(w);
        o.printf(Locale.ROOT, "Soak: %d rounds of open (cache) + parse + score + save + cancelled parse + cancelled score, "
                + "%,d-line log, %.0f s, %d cores%n", ROUNDS, LINES, seconds, Runtime.getRuntime().availableProcessors());
        o.println("round  heap-after-GC  javacpp   RSS        JVM-committed  RSS-minus-JVM  NIO      threads  fds");
        for (Sample s : samples) {
            o.printf(Locale.ROOT, "%5d  %8.1f MB  %6.1f MB  %7.1f MB  %7.1f MB     %7.1f MB     %5.2f MB  %5d  %4d%n",
                    s.round(), mb(s.heap()), mb(s.javacpp()), mb(s.rss()), mb(s.jvm()), mb(s.nativeBytes()), mb(s.nio()),
                    s.threads(), s.fds());
        }
        Sample a = samples.get(0);
        Sample z = samples.get(samples.size() - 1);
        o.printf(Locale.ROOT, "slope per round: heap %+.1f KB, javacpp %+.1f KB, RSS %+.1f KB, JVM committed %+.1f KB, "
                + "RSS-minus-JVM %+.1f KB, NIO %+.2f KB, threads %+.3f, fds %+.3f%n",
                slope(samples, Sample::heap) / 1024, slope(samples, Sample::javacpp) / 1024,
                slope(samples, Sample::rss) / 1024, slope(samples, Sample::jvm) / 1024,
                slope(samples, Sample::nativeBytes) / 1024, slope(samples, Sample::nio) / 1024,
                slope(samples, Sample::threads), slope(samples, Sample::fds));
        o.printf(Locale.ROOT, "first -> last sample: heap %.1f -> %.1f MB, off-heap %.1f -> %.1f MB, RSS %.1f -> %.1f MB, "
                + "threads %d -> %d, fds %d -> %d%n", mb(a.heap()), mb(z.heap()), mb(a.javacpp()), mb(z.javacpp()),
                mb(a.rss()), mb(z.rss()), a.threads(), z.threads(), a.fds(), z.fds());
        o.flush();
        return w.toString();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024);
    }
}
