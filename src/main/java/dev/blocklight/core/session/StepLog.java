// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;

/**
 * The steps of a parse in log order, staged until the sessions are built. Blocks are grouped in
 * ranges of {@value #RANGE} (by index, that is by first appearance); each range has one byte
 * stream of entries in 4 KiB pages: the block's index within the range (2 bytes), the event
 * (1 byte, or {@code 0xFF} and a varint for ids of 255 and more), and the line offset as a zigzag
 * varint delta from the range's previous entry. That is about 5 bytes a step on HDFS logs, against
 * 16 for int/int/long, and the build frees the pages it has read while it fills the store, range
 * by range. Used by one thread.
 */
final class StepLog {
    static final int RANGE_BITS = 12;
    static final int RANGE = 1 << RANGE_BITS;
    private static final int WIDE_EVENT = 0xFF;
    /** The longest entry: 2 bytes of block, the escape and a 5-byte varint event, a 10-byte varint offset. */
    private static final int MAX_ENTRY = 18;
    private Range[] ranges = new Range[4];
    private int rangeCount;
    private long size;
    private int maxEvent = -1;
    /** One entry being encoded: 2 + 6 + 10 bytes at most. */
    private final byte[] entry = new byte[24];

    /** Appends one step; {@code event} must not be negative. */
    void add(int block, int event, long offset) {
        if (event < 0 || block < 0) {
            throw new IllegalArgumentException("negative block or event: " + block + ", " + event);
        }
        int r = block >>> RANGE_BITS;
        while (r >= rangeCount) {
            if (rangeCount == ranges.length) {
                ranges = Arrays.copyOf(ranges, rangeCount * 2);
            }
            ranges[rangeCount++] = new Range();
        }
        Range range = ranges[r];
        byte[] e = entry;
        int low = block & (RANGE - 1);
        e[0] = (byte) low;
        e[1] = (byte) (low >>> 8);
        int n = 2;
        if (event < WIDE_EVENT) {
            e[n++] = (byte) event;
        } else {
            e[n++] = (byte) WIDE_EVENT;
            n = putVarint(e, n, event - WIDE_EVENT);
        }
        n = putVarint(e, n, PagedBytes.zigzag(offset - range.last));
        range.bytes.addAll(e, 0, n);
        range.last = offset;
        range.steps++;
        size++;
        maxEvent = Math.max(maxEvent, event);
    }

    private static int putVarint(byte[] b, int at, long v) {
        while ((v & ~0x7FL) != 0) {
            b[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    long size() {
        return size;
    }

    /** The largest event added, or -1. */
    int maxEvent() {
        return maxEvent;
    }

    int rangeCount() {
        return rangeCount;
    }

    /** Steps staged for the blocks of range {@code r}. */
    long steps(int r) {
        return ranges[r].steps;
    }

    /** Bytes held by the staging pages. */
    long allocatedBytes() {
        long n = 0;
        for (int r = 0; r < rangeCount; r++) {
            n += ranges[r].bytes.allocatedBytes();
        }
        return n;
    }

    /** Bytes written by the steps so far (the pages hold a little more). */
    long stagedBytes() {
        long n = 0;
        for (int r = 0; r < rangeCount; r++) {
            n += ranges[r].bytes.size();
        }
        return n;
    }

    /** Reads range {@code r}'s steps in log order. */
    Reader reader(int r) {
        return new Reader(r, ranges[r]);
    }

    /** Frees range {@code r}'s pages; its steps can no longer be read. */
    void release(int r) {
        ranges[r].bytes.releaseBelow(Long.MAX_VALUE);
    }

    private static final class Range {
        final PagedBytes bytes = new PagedBytes(PagedBytes.SMALL_PAGE_BITS);
        long last;
        long steps;
    }

    /** A forward reader of one range: {@link #next()} loads the next step into the fields. */
    static final class Reader {
        private final int high;
        private final PagedBytes.Cursor at;
        private long left;
        private long last;
        int block;
        int event;
        long offset;

        private Reader(int range, Range r) {
            this.high = range << RANGE_BITS;
            this.at = new PagedBytes.Cursor(r.bytes, 0);
            this.left = r.steps;
        }

        /** Frees the pages wholly read so far. */
        void releaseRead() {
            at.release();
        }

        boolean next() {
            if (left == 0) {
                return false;
            }
            left--;
            PagedBytes bytes = at.bytes();
            byte[] page = bytes.pageAt(at.pos);
            int i = bytes.inPage(at.pos);
            if (page != null && i + MAX_ENTRY <= page.length) { // the whole entry is in this page: decode it here
                int start = i;
                block = high | (page[i] & 0xFF) | (page[i + 1] & 0xFF) << 8;
                i += 2;
                int e = page[i++] & 0xFF;
                if (e == WIDE_EVENT) {
                    long v = 0;
                    int b;
                    int shift = 0;
                    do {
                        b = page[i++];
                        v |= (long) (b & 0x7F) << shift;
                        shift += 7;
                    } while (b < 0);
                    e = WIDE_EVENT + (int) v;
                }
                event = e;
                long v = 0;
                int b;
                int shift = 0;
                do {
                    b = page[i++];
                    v |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                last += PagedBytes.unzigzag(v);
                at.pos += i - start;
            } else {
                block = high | (int) at.nextFixed(2);
                int e = at.nextByte();
                event = e < WIDE_EVENT ? e : WIDE_EVENT + (int) at.nextVarint();
                last += PagedBytes.unzigzag(at.nextVarint());
            }
            offset = last;
            return true;
        }
    }
}
