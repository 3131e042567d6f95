// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change to the bytes of a log line. Positions are taken modulo the line (or token count), so
 * any int is valid and jqwik can shrink them towards the start. {@code toString} shows the change
 * readably, so a failing case can be replayed by hand.
 */
public sealed interface LineMutation {
    byte[] apply(byte[] line);

    /** Sets one byte to any value 0..255. */
    record SetByte(int at, int value) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            if (line.length == 0) {
                return new byte[] {(byte) value};
            }
            byte[] out = line.clone();
            out[Math.floorMod(at, line.length)] = (byte) value;
            return out;
        }
    }

    /** Inserts raw bytes (control characters, broken UTF-8, ...) anywhere, even inside a token. */
    record InsertBytes(int at, Bytes bytes) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            int p = Math.floorMod(at, line.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(line, 0, p);
            out.writeBytes(bytes.value());
            out.write(line, p, line.length - p);
            return out.toByteArray();
        }
    }

    /** Deletes up to {@code length} bytes. */
    record DeleteRange(int at, int length) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            if (line.length == 0) {
                return line;
            }
            int p = Math.floorMod(at, line.length);
            int end = Math.min(line.length, p + length);
            byte[] out = new byte[line.length - (end - p)];
            System.arraycopy(line, 0, out, 0, p);
            System.arraycopy(line, end, out, p, line.length - end);
            return out;
        }
    }

    /** Cuts the line short. */
    record Truncate(int at) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            return Arrays.copyOf(line, Math.floorMod(at, line.length + 1));
        }
    }

    /** Inserts a whole token between two tokens. */
    record InsertToken(int at, Bytes token) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            List<byte[]> t = tokens(line);
            t.add(Math.floorMod(at, t.size() + 1), token.value());
            return join(t);
        }
    }

    /** Removes one token. */
    record DeleteToken(int at) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            List<byte[]> t = tokens(line);
            t.remove(Math.floorMod(at, t.size()));
            return join(t);
        }
    }

    /** Repeats one token in place. */
    record DuplicateToken(int at, int times) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            List<byte[]> t = tokens(line);
            int i = Math.floorMod(at, t.size());
            for (int k = 0; k < times; k++) {
                t.add(i, t.get(i));
            }
            return join(t);
        }
    }

    /** Swaps two tokens. */
    record SwapTokens(int a, int b) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            List<byte[]> t = tokens(line);
            int i = Math.floorMod(a, t.size());
            int j = Math.floorMod(b, t.size());
            byte[] x = t.get(i);
            t.set(i, t.get(j));
            t.set(j, x);
            return join(t);
        }
    }

    /** Replaces one token by {@code unit} repeated {@code times}: a very long token (or run of tokens). */
    record LongToken(int at, Bytes unit, int times) implements LineMutation {
        @Override
        public byte[] apply(byte[] line) {
            List<byte[]> t = tokens(line);
            byte[] u = unit.value();
            byte[] big = new byte[u.length * times];
            for (int k = 0; k < times; k++) {
                System.arraycopy(u, 0, big, k * u.length, u.length);
            }
            t.set(Math.floorMod(at, t.size()), big);
            return join(t);
        }

        @Override
        public String toString() {
            return "LongToken[at=" + at + ", unit=" + unit + ", times=" + times + "]";
        }
    }

    /** The line split on single spaces (empty tokens kept, so joining gives the line back). */
    static List<byte[]> tokens(byte[] line) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length; i++) {
            if (i == line.length || line[i] == ' ') {
                out.add(Arrays.copyOfRange(line, start, i));
                start = i + 1;
            }
        }
        return out;
    }

    static byte[] join(List<byte[]> tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                out.write(' ');
            }
            out.writeBytes(tokens.get(i));
        }
        return out.toByteArray();
    }

    /** A byte string that prints as Java-escaped text, so failures are readable. */
    record Bytes(byte[] value) {
        @Override
        public String toString() {
            return '"' + Escape.bytes(value, 200) + '"';
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }
}
