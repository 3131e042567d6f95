// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/** A {@link DataOutputStream} with bulk primitive arrays and a CRC-32C of everything written. */
final class BinaryOut {
    private static final int BUF = 1 << 16;
    private final CRC32C crc = new CRC32C();
    private final DataOutputStream out;
    private final ByteBuffer buf = ByteBuffer.allocate(BUF);

    BinaryOut(OutputStream target) {
        this.out = new DataOutputStream(new CheckedOutputStream(target, crc));
    }

    DataOutputStream data() {
        return out;
    }

    long checksum() throws IOException {
        out.flush();
        return crc.getValue();
    }

    void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    void bytes(byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    void ints(int[] a) throws IOException {
        writeChunks(a.length, 4, (bytes, off, n) -> bytes.asIntBuffer().put(a, off, n));
    }

    void longs(long[] a) throws IOException {
        writeChunks(a.length, 8, (bytes, off, n) -> bytes.asLongBuffer().put(a, off, n));
    }

    /** Writes {@code length} ints given one by one ({@code at(i)}), as {@link #ints(int[])} would write them in an array. */
    void ints(int length, java.util.function.IntUnaryOperator at) throws IOException {
        writeChunks(length, 4, (bytes, off, n) -> {
            for (int i = 0; i < n; i++) {
                bytes.putInt(at.applyAsInt(off + i));
            }
        });
    }

    /** Writes {@code length} longs given one by one, as {@link #longs(long[])} would write them in an array. */
    void longs(int length, java.util.function.IntToLongFunction at) throws IOException {
        writeChunks(length, 8, (bytes, off, n) -> {
            for (int i = 0; i < n; i++) {
                bytes.putLong(at.applyAsLong(off + i));
            }
        });
    }

    void floats(float[] a) throws IOException {
        writeChunks(a.length, 4, (bytes, off, n) -> bytes.asFloatBuffer().put(a, off, n));
    }

    /** Writes the length, then {@code length} elements of {@code width} bytes in buffer-sized chunks. */
    private void writeChunks(int length, int width, Chunk chunk) throws IOException {
        out.writeInt(length);
        for (int off = 0; off < length; ) {
            int n = Math.min(length - off, BUF / width);
            buf.clear();
            chunk.at(buf, off, n);
            out.write(buf.array(), 0, n * width);
            off += n;
        }
    }

    /** Moves elements {@code off} to {@code off + n} of an array between it and {@code bytes}. */
    @FunctionalInterface
    interface Chunk {
        void at(ByteBuffer bytes, int off, int n);
    }
}
