// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Follow mode: parses a growing plain log in steps. Each {@link #poll} parses only the bytes appended
 * since the last one, up to the last complete line (a partial last line waits for its line break),
 * continuing with the same template miner (Drain state) and block sessions, so the result equals a
 * single parse of the file up to that point. A log that shrank or whose first bytes changed (rotated,
 * truncated, replaced) is parsed again from the start. A failed or cancelled poll also starts over
 * next time, as its partial merge cannot be undone. Keeps the staged steps besides the built sessions
 * (about 5 bytes per event more than a plain parse). Not thread-safe: one poll at a time.
 */
public final class LogTail {
    private static final int HEAD = 4096;
    private final Path log;
    private final LogParser parser;
    private final Supplier<TemplateMiner> miners;
    private LogParser.Merger merger;
    private long parsedTo;
    private byte[] head = new byte[0];
    private boolean restarted;

    /**
     * @param miners a fresh miner for each start from the beginning
     */
    public LogTail(Path log, ParserConfig config, Supplier<TemplateMiner> miners) {
        this.log = log;
        this.parser = new LogParser(config);
        this.miners = miners;
    }

    /** Bytes parsed so far: the offset where the next poll resumes. */
    public long parsedBytes() {
        return parsedTo;
    }

    /** Whether the last poll had to start from the beginning again after having parsed something. */
    public boolean restarted() {
        return restarted;
    }

    /**
     * Parses what was appended since the last poll (the whole file the first time).
     *
     * @return the analysis of everything parsed so far, or null when no new complete line arrived
     */
    public ParseResult poll(ProgressListener progress, Cancellation cancel) throws IOException {
        LogSource source = LogSource.of(log);
        if (source.isGzip()) {
            throw new IOException(log + " is gzip-compressed; follow mode reads plain logs only");
        }
        restarted = false;
        if (merger != null && (source.size() < parsedTo || !Arrays.equals(head, read(0, head.length)))) {
            restarted = true;
            merger = null;
            parsedTo = 0;
        }
        long end = lastLineEnd(parsedTo, source.size());
        if (end <= parsedTo) {
            return null;
        }
        if (merger == null) {
            merger = new LogParser.Merger(miners.get(), source);
            head = read(0, (int) Math.min(HEAD, end));
        }
        try {
            parser.feed(merger, source, parsedTo, end, progress, cancel);
            parsedTo = end;
            return parser.finish(merger, source, false, progress);
        } catch (IOException | RuntimeException | Error e) {
            merger = null;
            parsedTo = 0;
            throw e;
        }
    }

    /** Offset just after the last line break in {@code [from, size)}, or {@code from} when there is none. */
    private long lastLineEnd(long from, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            for (long hi = size; hi > from; ) {
                long lo = Math.max(from, hi - buf.capacity());
                buf.clear().limit((int) (hi - lo));
                while (buf.hasRemaining() && ch.read(buf, lo + buf.position()) >= 0) {
                    // fill
                }
                for (int i = buf.position() - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return lo + i + 1;
                    }
                }
                hi = lo;
            }
            return from;
        }
    }

    private byte[] read(long from, int n) throws IOException {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(n);
            while (b.hasRemaining() && ch.read(b, from + b.position()) >= 0) {
                // fill
            }
            return Arrays.copyOf(b.array(), b.position());
        }
    }
}
