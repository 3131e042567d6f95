// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the live heap of a parse: a sampler thread runs a full collection every
 * {@code --every} milliseconds (default 500) and keeps the largest heap used after it; at the end
 * the heap still used with the result held is measured the same way. Not a test and slow (the
 * collections stop the parse); run it with a roomy heap so the limit does not shape the figures:
 * {@code java -Xmx4g -cp target/classes:target/test-classes:target/lib/* dev.blocklight.bench.ParseMemoryProbe LOG}.
 * Prints one line: lines, blocks, steps, peak and retained live heap, and the store's own pages.
 */
public final class ParseMemoryProbe {
    private ParseMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        long every = args.length > 2 && args[1].equals("--every") ? Long.parseLong(args[2]) : 500;
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long baseline = liveAfterGc(mem);
        AtomicLong peak = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(every);
                    peak.accumulateAndGet(liveAfterGc(mem), Math::max);
                    samples.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "memory-probe");
        sampler.setDaemon(true);
        long t0 = System.nanoTime();
        sampler.start();
        ParseResult r = new LogParser(ParserConfig.hdfs()).parse(LogSource.of(log),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), p -> { }, Cancellation.NEVER);
        sampler.interrupt();
        sampler.join();
        long took = System.nanoTime() - t0;
        long retained = liveAfterGc(mem);
        peak.accumulateAndGet(retained, Math::max);
        long lines = r.stats().lines();
        int blocks = r.sessions().blockCount();
        long steps = r.sessions().totalEvents();
        System.out.printf(Locale.ROOT, "%s: %,d lines, %,d blocks, %,d steps, %d-byte events; baseline %.1f MB;"
                + " peak live %.1f MB over %d samples; retained %.1f MB (store pages %.1f MB = %.2f B/step);"
                + " %.1f s with the probe's collections%n", log.getFileName(), lines, blocks, steps,
                r.sessions().eventWidth(), baseline / 1e6, (peak.get() - baseline) / 1e6, samples.get(),
                (retained - baseline) / 1e6, r.sessions().allocatedBytes() / 1e6,
                r.sessions().allocatedBytes() / (double) Math.max(1, steps), took / 1e9);
    }

    private static long liveAfterGc(MemoryMXBean mem) {
        System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }
}
