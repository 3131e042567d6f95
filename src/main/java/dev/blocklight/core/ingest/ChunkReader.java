// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Cuts a byte stream into chunks of whole lines with bounded memory. A line longer than the chunk
 * size grows that one buffer until the line fits, so a 10 MB line works; the next chunks return to
 * the normal size. Buffers given back with {@link #recycle(byte[])} are reused.
 */
public final class ChunkReader implements Closeable {
    private final InputStream in;
    private final int chunkSize;
    private final ArrayDeque<byte[]> pool = new ArrayDeque<>();
    private byte[] carry = new byte[0];
    private int carryLength;
    private long offset;
    private int sequence;
    private boolean eof;

    public ChunkReader(InputStream in, int chunkSize) {
        this(in, chunkSize, 0);
    }

    /** A reader whose first byte is at {@code startOffset} of the log (for resuming at a stored offset). */
    public ChunkReader(InputStream in, int chunkSize, long startOffset) {
        this.offset = startOffset;
        if (chunkSize < 16) {
            throw new IllegalArgumentException("chunk size too small: " + chunkSize);
        }
        this.in = in;
        this.chunkSize = chunkSize;
    }

    /** Returns a buffer for reuse once its chunk has been processed. */
    public void recycle(byte[] buffer) {
        if (buffer.length == chunkSize && pool.size() < 8) {
            pool.push(buffer);
        }
    }

    /** The next chunk, or null at the end of the stream. */
    public Chunk next() throws IOException {
        if (eof && carryLength == 0) {
            return null;
        }
        byte[] buf = pool.isEmpty() ? new byte[Math.max(chunkSize, carryLength + 1)] : pool.pop();
        if (buf.length <= carryLength) {
            buf = new byte[carryLength * 2];
        }
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int filled = carryLength;
        int scanFrom = carryLength;
        while (true) {
            while (!eof && filled < buf.length) {
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) {
                    eof = true;
                } else {
                    filled += n;
                }
            }
            int lastNl = lastNewline(buf, scanFrom, filled);
            if (lastNl >= 0 || eof) {
                int end = lastNl >= 0 ? lastNl + 1 : filled;
                if (eof) {
                    end = filled;
                }
                keepCarry(buf, end, filled);
                if (end == 0) {
                    return null;
                }
                Chunk chunk = new Chunk(buf, end, offset, sequence++);
                offset += end;
                return chunk;
            }
            // No line break in the whole buffer: one very long line. Grow and keep reading.
            scanFrom = filled;
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, filled);
            buf = bigger;
        }
    }

    private void keepCarry(byte[] buf, int end, int filled) {
        carryLength = filled - end;
        if (carry.length < carryLength) {
            carry = new byte[Math.max(carryLength, 1024)];
        }
        System.arraycopy(buf, end, carry, 0, carryLength);
    }

    private static int lastNewline(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Bytes handed out so far. */
    public long offset() {
        return offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
