// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/**
 * Reads what {@link BinaryOut} wrote, never trusting a length: every array must fit in the bytes the
 * file still has, so a damaged length fails with {@link CorruptCacheException} instead of allocating
 * gigabytes.
 */
final class BinaryIn {
    private static final int BUF = 1 << 16;
    private final CRC32C crc = new CRC32C();
    private final DataInputStream in;
    private final byte[] buf = new byte[BUF];
    private long remaining;

    BinaryIn(InputStream source, long available) {
        this.in = new DataInputStream(new CheckedInputStream(source, crc));
        this.remaining = available;
    }

    DataInputStream data() {
        return in;
    }

    /** CRC-32C of everything read so far. */
    long checksum() {
        return crc.getValue();
    }

    /** Accounts for {@code n} bytes read through {@link #data()}. */
    void used(long n) throws CorruptCacheException {
        if (n > remaining) {
            throw new CorruptCacheException("it is truncated");
        }
        remaining -= n;
    }

    int count(int elementBytes) throws IOException {
        used(4);
        int n = in.readInt();
        if (n < 0) {
            throw new CorruptCacheException("it is damaged (a negative length)");
        }
        if ((long) n * elementBytes > remaining) {
            throw new CorruptCacheException("it is truncated or damaged (a length of " + n + " runs past its end)");
        }
        return n;
    }

    String string() throws IOException {
        used(4);
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < -1) {
            throw new CorruptCacheException("it is damaged (a negative text length)");
        }
        if (n > remaining) {
            throw new CorruptCacheException("it is truncated or damaged (a text length of " + n + " runs past its end)");
        }
        byte[] b = new byte[n];
        readFully(b, n);
        return new String(b, StandardCharsets.UTF_8);
    }

    byte[] bytes() throws IOException {
        int n = count(1);
        byte[] b = new byte[n];
        readFully(b, n);
        return b;
    }

    int[] ints() throws IOException {
        int[] a = new int[count(4)];
        readChunks(a.length, 4, (bytes, off, n) -> bytes.asIntBuffer().get(a, off, n));
        return a;
    }

    long[] longs() throws IOException {
        long[] a = new long[count(8)];
        readChunks(a.length, 8, (bytes, off, n) -> bytes.asLongBuffer().get(a, off, n));
        return a;
    }

    /** Reads a counted array of ints as {@link #ints()} does, handing each to {@code each}; returns the count. */
    int ints(java.util.function.IntConsumer each) throws IOException {
        int n = count(4);
        intsOf(n, each);
        return n;
    }

    /** Reads a counted array of longs as {@link #longs()} does, handing each to {@code each}; returns the count. */
    int longs(java.util.function.LongConsumer each) throws IOException {
        int n = count(8);
        longsOf(n, each);
        return n;
    }

    /** Reads {@code n} ints (the count read already), handing each to {@code each}. */
    void intsOf(int n, java.util.function.IntConsumer each) throws IOException {
        readChunks(n, 4, (bytes, off, k) -> {
            for (int i = 0; i < k; i++) {
                each.accept(bytes.getInt());
            }
        });
    }

    /** Reads {@code n} longs (the count read already), handing each to {@code each}. */
    void longsOf(int n, java.util.function.LongConsumer each) throws IOException {
        readChunks(n, 8, (bytes, off, k) -> {
            for (int i = 0; i < k; i++) {
                each.accept(bytes.getLong());
            }
        });
    }

    float[] floats() throws IOException {
        float[] a = new float[count(4)];
        readChunks(a.length, 4, (bytes, off, n) -> bytes.asFloatBuffer().get(a, off, n));
        return a;
    }

    /** Reads {@code length} elements of {@code width} bytes in buffer-sized chunks, handing each on. */
    private void readChunks(int length, int width, BinaryOut.Chunk chunk) throws IOException {
        for (int off = 0; off < length; ) {
            int n = Math.min(length - off, BUF / width);
            readFully(buf, n * width);
            chunk.at(ByteBuffer.wrap(buf, 0, n * width), off, n);
            off += n;
        }
    }

    int readInt() throws IOException {
        used(4);
        return in.readInt();
    }

    long readLong() throws IOException {
        used(8);
        return in.readLong();
    }

    double readDouble() throws IOException {
        used(8);
        return in.readDouble();
    }

    boolean readBoolean() throws IOException {
        used(1);
        return in.readBoolean();
    }

    private void readFully(byte[] b, int n) throws IOException {
        used(n);
        try {
            in.readFully(b, 0, n);
        } catch (EOFException e) {
            throw new CorruptCacheException("it is truncated");
        }
    }
}
