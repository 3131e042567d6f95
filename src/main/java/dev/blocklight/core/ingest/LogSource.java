// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A log file to read: plain or gzip (recognised by its magic bytes, whatever its name), checked up
 * front so that a missing file, a folder or an unreadable file fails with one clear sentence.
 */
public final class LogSource {
    private final Path path;
    private final long size;
    private final boolean gzip;

    private LogSource(Path path, long size, boolean gzip) {
        this.path = path;
        this.size = size;
        this.gzip = gzip;
    }

    /** Checks the path and opens nothing yet. */
    public static LogSource of(Path path) throws IOException {
        requireReadableFile(path, "a log file");
        boolean gz;
        try (InputStream in = Files.newInputStream(path)) {
            gz = in.read() == 0x1f && in.read() == 0x8b;
        }
        return new LogSource(path, Files.size(path), gz);
    }

    /**
     * Fails with one clear sentence unless {@code path} is a readable regular file. Opening a named
     * pipe would block until someone writes to it, so pipes and devices are refused up front.
     *
     * @param what what the file should be, for the message ("a log file", "a label file")
     */
    public static void requireReadableFile(Path path, String what) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a folder, not " + what);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + " is not a regular file (a pipe or a device?)");
        }
        if (!Files.isReadable(path)) {
            throw new AccessDeniedException(path.toString());
        }
    }

    public Path path() {
        return path;
    }

    /** Size on disk in bytes (compressed size for gzip). */
    public long size() {
        return size;
    }

    public boolean isGzip() {
        return gzip;
    }

    /** Opens the decompressed byte stream; gzip errors surface as {@link IOException}s with a clear message. */
    public InputStream open() throws IOException {
        return open(new AtomicLong());
    }

    /** As {@link #open()}, adding every byte read from disk to {@code rawBytes} (for progress on gzip). */
    public InputStream open(AtomicLong rawBytes) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        InputStream raw = new CountingStream(Channels.newInputStream(channel), rawBytes, channel, path);
        if (!gzip) {
            return raw;
        }
        try {
            return new GzipErrors(new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16), path);
        } catch (IOException e) {
            raw.close();
            throw GzipErrors.explain(e, path);
        }
    }

    /**
     * Opens a plain log at byte {@code offset} (to resume where an earlier read stopped), adding the
     * bytes read to {@code rawBytes}.
     *
     * @throws IOException for a gzip log, which has no random access
     */
    public InputStream openAt(long offset, AtomicLong rawBytes) throws IOException {
        if (gzip) {
            throw new IOException(path + " is gzip-compressed; only a plain log can be read from an offset");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        CountingStream s = new CountingStream(Channels.newInputStream(channel), rawBytes, channel, path);
        s.read = offset;
        return s;
    }

    /** Rewrites the JDK's terse gzip errors into a sentence naming the file. */
    private static final class GzipErrors extends java.io.FilterInputStream {
        private final Path path;

        GzipErrors(InputStream in, Path path) {
            super(in);
            this.path = path;
        }

        static IOException explain(IOException e, Path path) {
            if (e instanceof EOFException) {
                return new IOException(path + " is a truncated gzip file (it ends in the middle of the data)", e);
            }
            if (e instanceof ZipException) {
                return new IOException(path + " is not a readable gzip file (" + e.getMessage() + ")", e);
            }
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw explain(e, path);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw explain(e, path);
            }
        }
    }

    /**
     * Counts the bytes read from disk. At the end of the file it checks that the open file is not
     * shorter than what was read: a log truncated behind the reader (rotated by copy and truncate)
     * would otherwise give a result whose offsets point past its end.
     */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final AtomicLong count;
        private final FileChannel channel;
        private final Path path;
        private long read;

        CountingStream(InputStream in, AtomicLong count, FileChannel channel, Path path) {
            super(in);
            this.count = count;
            this.channel = channel;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
                read++;
            } else {
                checkAtEnd();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
                read += n;
            } else if (n < 0) {
                checkAtEnd();
            }
            return n;
        }

        private void checkAtEnd() throws IOException {
            long now = channel.size();
            if (now < read) {
                throw new IOException(path + " changed while it was read: it shrank to " + now + " bytes after "
                        + read + " had been read (was it rotated or truncated?); parse a copy that is not being written");
            }
        }
    }
}
