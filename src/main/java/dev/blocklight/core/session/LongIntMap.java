// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

/** A primitive open-addressing map from long keys to non-negative int values. Not thread-safe. */
final class LongIntMap {
    private long[] keys;
    private int[] values; // value + 1; 0 marks an empty slot
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    /** The value of the key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i] - 1;
            }
        }
        return -1;
    }

    /** The value of the key, or puts {@code value} and returns -1 when absent. */
    int putIfAbsent(long key, int value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != 0) {
            if (keys[i] == key) {
                return values[i] - 1;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value + 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (values[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
