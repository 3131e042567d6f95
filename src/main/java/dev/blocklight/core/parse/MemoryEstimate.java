// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.Human;
import dev.blocklight.core.ingest.LogSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The heap a parse needs, by the model measured in {@code docs/memory.md}: {@link #BYTES_PER_LINE}
 * for each line, {@link #BYTES_PER_BLOCK} for each block, and a fixed part that grows with the
 * worker threads (the chunks in flight). {@link #before} estimates a log from its size and its
 * first megabytes, so a log that cannot fit is refused before any work; {@link #during}
 * extrapolates what a running parse has seen so far, so a log that the first look misjudged is
 * refused within seconds. Both throw a {@link LogTooLargeException} that names the {@code -Xmx}
 * that fits ({@link #xmxOption()}).
 *
 * @param lines lines of the log (estimated or counted)
 * @param blocks blocks of the log (estimated or counted)
 * @param heapBytes heap the parse needs at its peak, by the model
 */
public record MemoryEstimate(long lines, long blocks, long heapBytes) {
    /**
     * Heap per line at the parse's peak: the staged step (about 5 bytes), or the staged and the stored
     * ones at once when few blocks live through the whole log. Measured: 3.6 on HDFS-like logs, up to
     * 6.5 with few long-lived blocks; this takes the upper end.
     */
    public static final double BYTES_PER_LINE = 6.0;
    /** Heap per block: id, times, the id index, its place in the store. Measured: 62; this adds a little. */
    public static final double BYTES_PER_BLOCK = 66;
    /** Heap of any parse: the program itself, the miner, the reader's chunk. */
    public static final long FIXED_BYTES = 28L << 20;
    /** Heap per worker thread: about two 4 MiB chunks in flight and their results (measured: 10.7 MiB). */
    public static final long BYTES_PER_THREAD = 11L << 20;
    /** The share of {@code -Xmx} a parse may fill; past it the collector has no room to work. */
    public static final double HEAP_SHARE = 0.85;
    /** Bytes of the log read before the first look ({@link #before}) decides. */
    static final int HEAD_BYTES = 8 << 20;
    /** Blocks per line assumed when refusing before the parse: below any HDFS log (about 0.05). */
    static final double FEW_BLOCKS_PER_LINE = 0.02;
    /** A running parse extrapolates once it has read this share of the file (or {@link #FIRST_CHECK_BYTES}). */
    static final double FIRST_CHECK_SHARE = 0.01;
    static final long FIRST_CHECK_BYTES = 16L << 20;
    private static final long MIB = 1L << 20;
    /**
     * Heap of the workbench's views per block of an open analysis (rows, sort keys): measured 78 with
     * the 3.8M-block log open (811 MB after a collection, 517 MB of it the store).
     */
    static final double HELD_PER_BLOCK = 80;

    /** The model's heap for a log of {@code lines} and {@code blocks}, parsed by {@code threads} workers. */
    public static MemoryEstimate of(long lines, long blocks, int threads) {
        double heap = BYTES_PER_LINE * lines + BYTES_PER_BLOCK * blocks + FIXED_BYTES
                + BYTES_PER_THREAD * (long) Math.max(1, threads);
        return new MemoryEstimate(lines, blocks, (long) Math.ceil(heap));
    }

    /** Whether the parse fits in a heap of {@code maxHeap} bytes (the JVM's {@code -Xmx}, less what else it holds). */
    public boolean fits(long maxHeap) {
        return heapBytes <= HEAP_SHARE * maxHeap;
    }

    /**
     * The smallest {@code -Xmx} that fits by the model, rounded up: to 256 MiB steps below 2 GiB, to
     * whole GiB above. Never smaller than {@code heapBytes / HEAP_SHARE}.
     */
    public long xmxBytes() {
        long need = heapNeeded();
        long step = need <= 2048 * MIB ? 256 * MIB : 1024 * MIB;
        return Math.max(step, (need + step - 1) / step * step);
    }

    /** {@link #xmxBytes()} as a JVM option: {@code -Xmx1280m}, {@code -Xmx3g}. */
    public String xmxOption() {
        long mib = xmxBytes() / MIB;
        return mib % 1024 == 0 ? "-Xmx" + mib / 1024 + "g" : "-Xmx" + mib + "m";
    }

    /**
     * The one-sentence refusal: {@code big.log (10.0 GB, about 71.0M lines, 3.8M blocks) needs about 1.0 GB
     * of heap, more than the 536.9 MB this Java can give it; run java -Xmx1g -jar blocklight.jar ...}.
     */
    public String message(String logName, long fileBytes, long maxHeap) {
        return String.format(Locale.ROOT, "%s (%s, about %s lines, %s blocks) needs about %s of heap, more than the %s"
                + " this Java can give it; run java %s -jar blocklight.jar ...", logName, Human.bytes(fileBytes),
                Human.count(lines), Human.count(blocks), apart(heapNeeded(), maxHeap), apart(maxHeap, heapNeeded()),
                xmxOption());
    }

    /** Bytes in decimal units, with two decimals when one would make {@code other} read the same. */
    private static String apart(long bytes, long other) {
        if (!Human.bytes(bytes).equals(Human.bytes(other)) || bytes < 1_000_000) {
            return Human.bytes(bytes);
        }
        return bytes >= 1_000_000_000 ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }

    /** The heap (as {@code -Xmx}) the parse fits in, before rounding: {@code heapBytes / HEAP_SHARE}. */
    public long heapNeeded() {
        return (long) Math.ceil(heapBytes / HEAP_SHARE);
    }

    /** What the first megabytes of a log say about all of it. */
    public record Head(double bytesPerLine, double blocksPerLine, double expansion, boolean whole) {
    }

    /**
     * Reads up to {@value #HEAD_BYTES} bytes of the log (decompressed): bytes per line, distinct
     * names of {@code blockPattern} per line, and for gzip how much the data expands.
     */
    public static Head head(LogSource source, Pattern blockPattern) throws IOException {
        byte[] buf = new byte[(int) Math.min(HEAD_BYTES, source.isGzip() ? HEAD_BYTES : Math.max(1, source.size()))];
        int n = 0;
        long compressed;
        boolean whole;
        try (InputStream raw = Files.newInputStream(source.path())) {
            CountingGzip gz = source.isGzip() ? new CountingGzip(raw) : null;
            InputStream in = gz == null ? raw : gz;
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
            whole = n < buf.length || in.read() < 0;
            compressed = gz == null ? n : Math.max(1, gz.compressedBytes());
        } catch (IOException e) {
            return new Head(100, 0, 1, false); // the parse itself says what is wrong with the file
        }
        long lines = 0;
        for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
                lines++;
            }
        }
        if (n > 0 && buf[n - 1] != '\n' && whole) {
            lines++;
        }
        Set<String> blocks = new HashSet<>();
        Matcher m = blockPattern.matcher(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            blocks.add(m.group());
        }
        lines = Math.max(1, lines);
        return new Head(Math.max(1, n / (double) lines), blocks.size() / (double) lines,
                source.isGzip() ? n / (double) compressed : 1, whole);
    }

    /**
     * Before a parse: refuses a log that cannot fit in {@code maxHeap} even with few blocks per line.
     * The message's estimate takes the head's blocks per line, so its {@code -Xmx} is not too small.
     */
    public static void before(LogSource source, Head head, int threads, long maxHeap) throws LogTooLargeException {
        before(source.path().getFileName().toString(), source.size(), head, threads, maxHeap);
    }

    /** {@link #before(LogSource, Head, int, long)} for a log of that name and size on disk. */
    static void before(String logName, long fileBytes, Head head, int threads, long maxHeap) throws LogTooLargeException {
        double bytes = fileBytes * head.expansion();
        long lines = (long) Math.ceil(bytes / head.bytesPerLine());
        MemoryEstimate low = of(lines, (long) (lines * Math.min(head.blocksPerLine(), FEW_BLOCKS_PER_LINE)), threads);
        if (!low.fits(maxHeap)) {
            MemoryEstimate likely = of(lines, (long) Math.ceil(lines * head.blocksPerLine()), threads);
            throw new LogTooLargeException(likely.message(logName, fileBytes, maxHeap), likely);
        }
    }

    /**
     * While a parse runs: with {@code read} of the file's {@code size} bytes read, {@code lines} and
     * {@code blocks} seen, refuses once the parse so far, or all of it extrapolated, does not fit.
     */
    public static void during(LogSource source, long read, long lines, long blocks, int threads, long maxHeap)
            throws LogTooLargeException {
        during(source.path().getFileName().toString(), source.size(), read, lines, blocks, threads, maxHeap);
    }

    /** {@link #during(LogSource, long, long, long, int, long)} for a log of that name and size on disk. */
    static void during(String logName, long fileBytes, long read, long lines, long blocks, int threads, long maxHeap)
            throws LogTooLargeException {
        MemoryEstimate now = of(lines, blocks, threads);
        long size = Math.max(1, fileBytes);
        MemoryEstimate all = now;
        if (read < size && read >= Math.min(size, Math.max(FIRST_CHECK_BYTES, (long) (FIRST_CHECK_SHARE * size)))) {
            double f = Math.max(read, 1) / (double) size;
            all = of((long) Math.ceil(lines / f), (long) Math.ceil(blocks / f), threads);
        }
        MemoryEstimate worst = all.heapBytes >= now.heapBytes ? all : now;
        if (!worst.fits(maxHeap)) {
            throw new LogTooLargeException(worst.message(logName, fileBytes, maxHeap), worst);
        }
    }

    /**
     * The refusal for a parse that ran out of heap after all: the estimate extrapolated from what it
     * had seen, and at least the heap it had, so the {@code -Xmx} named is larger than the one that failed.
     */
    public static LogTooLargeException outOfMemory(LogSource source, long read, long lines, long blocks, int threads,
            long maxHeap, OutOfMemoryError cause) {
        long size = Math.max(1, source.size());
        double f = read <= 0 ? 1 : Math.min(1, read / (double) size);
        MemoryEstimate e = of((long) Math.ceil(lines / f), (long) Math.ceil(blocks / f), threads);
        long had = Math.min(maxHeap, Runtime.getRuntime().maxMemory()); // the check may have been off
        if (e.fits(had)) {
            e = new MemoryEstimate(e.lines, e.blocks, (long) Math.ceil(had * HEAP_SHARE) + 1);
        }
        LogTooLargeException ex = new LogTooLargeException(e.message(source.path().getFileName().toString(), source.size(),
                had), e);
        ex.addSuppressed(cause); // not the cause: the one-line message is this one, not "out of memory"
        return ex;
    }

    /** The system property that turns the check off when set to {@code off} (to measure, or to try anyway). */
    public static final String CHECK_PROPERTY = "blocklight.heapCheck";

    /** The heap this JVM may use; unbounded when {@value #CHECK_PROPERTY} is {@code off}. */
    public static long maxHeap() {
        return "off".equals(System.getProperty(CHECK_PROPERTY)) ? Long.MAX_VALUE / 4 : Runtime.getRuntime().maxMemory();
    }

    /**
     * What an open analysis holds while the workbench parses another log: its store, and the views
     * built on its blocks (the blocks table's rows, its sort keys).
     */
    public static long heldWhileOpen(dev.blocklight.core.session.SessionStore sessions) {
        return sessions.allocatedBytes() + (long) (HELD_PER_BLOCK * sessions.blockCount());
    }

    /** A gzip stream that tells how many compressed bytes its inflater has taken. */
    private static final class CountingGzip extends GZIPInputStream {
        CountingGzip(InputStream in) throws IOException {
            super(in, 1 << 16);
        }

        long compressedBytes() {
            return inf.getBytesRead();
        }
    }
}
