// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An open-addressing set of byte strings (masked contents), each given a dense index in insertion
 * order. Masked HDFS contents repeat millions of times but have only thousands of distinct values,
 * so this table is what keeps the template tree off the hot path. Not thread-safe.
 */
final class ContentTable {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private int[] slots = new int[1024]; // index + 1, 0 = empty
    private byte[][] keys = new byte[256][];
    private int[] hashes = new int[256];
    private int size;

    /** Index of the key {@code b[from, from+len)}, adding it if new. */
    int intern(byte[] b, int from, int len) {
        int h = hash(b, from, len);
        int mask = slots.length - 1;
        int i = h & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                return add(b, from, len, h, i);
            }
            int idx = s - 1;
            byte[] k = keys[idx];
            if (hashes[idx] == h && k.length == len && Arrays.equals(k, 0, len, b, from, from + len)) {
                return idx;
            }
            i = (i + 1) & mask;
        }
    }

    /** Index of the key, or -1. */
    int find(byte[] b, int from, int len) {
        int h = hash(b, from, len);
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
            int idx = slots[i] - 1;
            byte[] k = keys[idx];
            if (hashes[idx] == h && k.length == len && Arrays.equals(k, 0, len, b, from, from + len)) {
                return idx;
            }
        }
        return -1;
    }

    private int add(byte[] b, int from, int len, int h, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        keys[size] = Arrays.copyOfRange(b, from, from + len);
        hashes[size] = h;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int idx = 0; idx < size; idx++) {
            int i = hashes[idx] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = idx + 1;
        }
        slots = bigger;
    }

    int size() {
        return size;
    }

    /** The key bytes of an index; do not modify. */
    byte[] key(int index) {
        return keys[index];
    }

    /** A well-mixed hash reading eight bytes at a time. */
    static int hash(byte[] b, int from, int len) {
        long h = 0x9E3779B97F4A7C15L ^ len;
        int i = from;
        int end = from + len;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }
}
