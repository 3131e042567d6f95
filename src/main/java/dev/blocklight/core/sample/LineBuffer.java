// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A byte buffer in front of an output stream, with allocation-free appends of ASCII text and
 * decimal numbers. The caller reserves room for a whole line before writing it.
 */
final class LineBuffer {
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    private long flushed;

    LineBuffer(OutputStream out, int capacity) {
        this.out = out;
        this.buf = new byte[capacity];
    }

    /** Makes sure {@code n} more bytes fit, flushing the buffer to the stream if needed. */
    void reserve(int n) throws IOException {
        if (n > buf.length) {
            throw new IllegalArgumentException("line of " + n + " bytes exceeds the buffer");
        }
        if (buf.length - pos < n) {
            drain();
        }
    }

    /** Bytes written so far, buffered ones included. */
    long bytes() {
        return flushed + pos;
    }

    void put(byte[] b) {
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    void put(char c) {
        buf[pos++] = (byte) c;
    }

    /** Appends a signed decimal. */
    void putLong(long v) {
        if (v == Long.MIN_VALUE) {
            put(MIN_LONG);
            return;
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int digits = digits(v);
        int end = pos + digits;
        int p = end;
        while (v >= 10) {
            long q = v / 10;
            buf[--p] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        buf[--p] = (byte) ('0' + v);
        pos = end;
    }

    private static int digits(long v) {
        int d = 1;
        long limit = 10;
        while (d < 19 && v >= limit) {
            d++;
            limit *= 10;
        }
        return d;
    }

    /** Writes the buffered bytes to the stream. */
    void drain() throws IOException {
        out.write(buf, 0, pos);
        flushed += pos;
        pos = 0;
    }
}
