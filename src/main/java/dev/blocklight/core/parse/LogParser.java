// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Chunk;
import dev.blocklight.core.ingest.ChunkReader;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.RawLines;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Parses a log into events and block sessions in one streaming pass. The calling thread reads
 * chunks of whole lines and hands them to worker threads, which match, mask and de-duplicate;
 * it then folds each chunk's result into the template miner and the session builder in file
 * order. Memory is bounded by a few chunks in flight plus the per-block data.
 */
public final class LogParser {
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    /** When this many non-blank lines open the file and none matches, the layout is surely wrong: stop early. */
    private static final int EARLY_CHECK_LINES = 1000;
    private final ParserConfig config;
    /** The heap this parse may fill, by the {@link MemoryEstimate} model. */
    private final long maxHeap;

    public LogParser(ParserConfig config) {
        this(config, MemoryEstimate.maxHeap());
    }

    /**
     * A parser that refuses a log whose parse would not fit in {@code maxHeap} bytes (the JVM's heap,
     * less what the caller holds besides), before the parse or within seconds of it.
     */
    public LogParser(ParserConfig config, long maxHeap) {
        this.config = config;
        this.maxHeap = maxHeap;
    }

    /**
     * Parses the source with the given miner; throws {@link java.util.concurrent.CancellationException} when
     * cancelled, and {@link LogTooLargeException} when the parse would not fit in the heap.
     */
    public ParseResult parse(LogSource source, TemplateMiner miner, ProgressListener progress, Cancellation cancel)
            throws IOException {
        MemoryEstimate.before(source, MemoryEstimate.head(source, Pattern.compile(miner.masking().blockPattern())),
                config.threads(), maxHeap);
        Merger merger = new Merger(miner, source);
        try {
            feed(merger, source, 0, -1, progress, cancel);
            return finish(merger, source, true, progress);
        } catch (OutOfMemoryError e) {
            long read = merger.read;
            long lines = merger.lines;
            int blocks = merger.sessions.blockCount();
            merger = null; // lets the collector take back the parse before the message is made
            throw MemoryEstimate.outOfMemory(source, read, lines, blocks, config.threads(), maxHeap, e);
        }
    }

    /**
     * Parses bytes {@code [from, to)} of the source into the merger ({@code to < 0}: to the end). The
     * range must start at a line start; with {@code from > 0} the source must be a plain file.
     */
    void feed(Merger merger, LogSource source, long from, long to, ProgressListener progress, Cancellation cancel)
            throws IOException {
        long t0 = System.nanoTime();
        AtomicLong rawBytes = new AtomicLong(from);
        TemplateMiner miner = merger.miner;
        ThreadLocal<ChunkParser> parsers = ThreadLocal.withInitial(
                () -> new ChunkParser(config.format(), miner.masking()));
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "blocklight-parse-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long lastReport = 0;
        BinaryCheck binary = from == 0 ? new BinaryCheck(source.path()) : null;
        try (InputStream in = range(from == 0 ? source.open(rawBytes) : source.openAt(from, rawBytes), to - from, to < 0);
                ChunkReader reader = new ChunkReader(in, config.chunkBytes(), from)) {
            ArrayDeque<Future<ChunkResult>> inflight = new ArrayDeque<>();
            Chunk chunk;
            while ((chunk = reader.next()) != null) {
                cancel.check();
                if (binary != null) {
                    binary.accept(chunk);
                }
                Chunk c = chunk;
                inflight.add(pool.submit(() -> parsers.get().parse(c)));
                while (inflight.size() > config.threads() * 2) {
                    reader.recycle(merger.merge(await(inflight.poll()), config.format()));
                }
                long now = System.nanoTime();
                if (now - lastReport > PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    // the share of the file merged so far, in bytes of the file (compressed for gzip)
                    merger.read = (long) (merger.bytes * (rawBytes.get() / (double) Math.max(1, reader.offset())));
                    MemoryEstimate.during(source, merger.read, merger.lines, merger.sessions.blockCount(), config.threads(),
                            maxHeap);
                    progress.onProgress(new Progress(rawBytes.get(), source.size(), merger.lines, now - t0,
                            miner.templatesSoFar()));
                }
            }
            if (binary != null) {
                binary.finish();
            }
            while (!inflight.isEmpty()) {
                cancel.check();
                reader.recycle(merger.merge(await(inflight.poll()), config.format()));
            }
            merger.read = rawBytes.get();
            // the build's peak comes next: the counts are now known
            MemoryEstimate.during(source, merger.read, merger.lines, merger.sessions.blockCount(), config.threads(), maxHeap);
        } finally {
            pool.shutdownNow();
        }
        cancel.check();
        merger.elapsed += System.nanoTime() - t0;
    }

    /** The result of everything merged so far; {@code release} frees the staging data (no more feeding). */
    ParseResult finish(Merger merger, LogSource source, boolean release, ProgressListener progress) throws IOException {
        long t0 = System.nanoTime();
        merger.requireSomeMatch(config.format());
        TemplateMiner miner = merger.miner;
        EventTable events = miner.finish();
        SessionStore sessions = merger.sessions.build(miner.eventIndexOfCluster(), release);
        merger.elapsed += System.nanoTime() - t0;
        long elapsed = merger.elapsed;
        progress.onProgress(new Progress(source.size(), source.size(), merger.lines, elapsed, events.size() - 1));
        ParseStats stats = new ParseStats(merger.lines, merger.bytes, merger.blank, merger.unparsed,
                List.copyOf(merger.samples), merger.withoutBlock, sessions.blockCount(), events.size() - 1,
                events.get(0).occurrences(), miner.distinctContents(), elapsed);
        return new ParseResult(events, sessions, stats, miner);
    }

    /** The stream cut after {@code length} bytes, unless {@code whole}. */
    private static InputStream range(InputStream in, long length, boolean whole) {
        if (whole) {
            return in;
        }
        return new java.io.FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }

    private static ChunkResult await(Future<ChunkResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Folds chunk results into global state, in file order; kept between feeds in follow mode. */
    static final class Merger {
        final TemplateMiner miner;
        final LogSource source;
        final SessionBuilder sessions = new SessionBuilder();
        final List<ParseStats.LineRef> samples = new ArrayList<>();
        long lines;
        long bytes;
        long blank;
        long unparsed;
        long withoutBlock;
        long elapsed;
        /** Bytes of the file merged so far (compressed bytes for gzip, estimated), as of the last progress report. */
        long read;
        /** Non-blank lines before the first line that matches the layout, in file order. */
        long leadingUnparsed;
        boolean anyParsed;

        Merger(TemplateMiner miner, LogSource source) {
            this.miner = miner;
            this.source = source;
        }

        /** Merges one chunk's result and returns its buffer for reuse. */
        byte[] merge(ChunkResult r, LogFormat format) throws IOException {
            int[] global = new int[r.contents.size()];
            for (int i = 0; i < global.length; i++) {
                byte[] key = r.contents.key(i);
                global[i] = miner.contentId(key, key.length);
                miner.count(global[i], r.contentCount[i], r.contentFirstOffset[i]);
            }
            for (int p = 0; p < r.pairs; p++) {
                String name = r.pairName == null ? null : r.pairName[p];
                int block = name == null ? sessions.block(r.pairBlock[p]) : sessions.block(name);
                sessions.add(block, miner.clusterOf(global[r.pairContent[p]]), r.pairOffset[p], r.pairTime[p]);
            }
            for (int i = 0; i < r.unparsedLine.length && samples.size() < ParseStats.MAX_SAMPLES; i++) {
                samples.add(new ParseStats.LineRef(lines + r.unparsedLine[i] + 1, r.unparsedOffset[i]));
            }
            lines += r.lines;
            bytes += r.byteLength;
            blank += r.blankLines;
            unparsed += r.unparsedLines;
            withoutBlock += r.linesWithoutBlock;
            if (!anyParsed) {
                leadingUnparsed += r.leadingUnparsed;
                anyParsed = r.contents.size() > 0;
            }
            if (leadingUnparsed >= EARLY_CHECK_LINES) {
                throw new IOException("none of the first " + EARLY_CHECK_LINES + " non-blank lines matches the log format '" + format
                        + "'; the first line is: " + firstSample());
            }
            return r.buffer;
        }

        /** A wrong layout string shows as a log where no line matches: say so plainly. */
        void requireSomeMatch(LogFormat format) throws IOException {
            if (unparsed > 0 && unparsed == lines - blank) {
                throw new IOException("none of the " + unparsed + " lines matches the log format '" + format
                        + "'; the first line is: " + firstSample());
            }
        }

        private String firstSample() {
            return samples.isEmpty() ? "" : RawLines.preview(source, samples.get(0).offset());
        }
    }
}
