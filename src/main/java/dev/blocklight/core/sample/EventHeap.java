// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.Arrays;

/**
 * The live blocks ordered by the time of their next step: a binary min-heap on primitive keys
 * (time in ms, then push order), so many blocks' lives interleave in the log as in HDFS_v1.
 */
final class EventHeap {
    private static final int SEQ_BITS = 20;
    private long[] keys = new long[1024];
    private Block[] blocks = new Block[1024];
    private int size;
    private long seq;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Time of the earliest pending step; only when not empty. */
    long peekTime() {
        return keys[0] >>> SEQ_BITS;
    }

    void push(long timeMs, Block b) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            blocks = Arrays.copyOf(blocks, size * 2);
        }
        long key = (timeMs << SEQ_BITS) | (seq++ & ((1L << SEQ_BITS) - 1));
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            blocks[i] = blocks[parent];
            i = parent;
        }
        keys[i] = key;
        blocks[i] = b;
    }

    /** Removes and returns the block with the earliest pending step. */
    Block pop() {
        Block top = blocks[0];
        size--;
        long key = keys[size];
        Block last = blocks[size];
        blocks[size] = null;
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            blocks[i] = blocks[child];
            i = child;
        }
        if (size > 0) {
            keys[i] = key;
            blocks[i] = last;
        }
        return top;
    }
}
