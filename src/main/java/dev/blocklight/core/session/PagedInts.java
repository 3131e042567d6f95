// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;

/**
 * A list of ints in fixed pages of 256 KiB (never a humongous object for G1), so growing to tens
 * of millions never copies the values. Values can be appended, read and overwritten.
 */
final class PagedInts {
    static final int PAGE_BITS = 16;
    static final int PAGE = 1 << PAGE_BITS;
    private int[][] pages = new int[8][];
    private long size;

    void add(int v) {
        int at = (int) (size & (PAGE - 1));
        int page = (int) (size >>> PAGE_BITS);
        if (at == 0) {
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, page * 2);
            }
            pages[page] = new int[PAGE];
        }
        pages[page][at] = v;
        size++;
    }

    int get(long i) {
        return pages[(int) (i >>> PAGE_BITS)][(int) (i & (PAGE - 1))];
    }

    void set(long i, int v) {
        pages[(int) (i >>> PAGE_BITS)][(int) (i & (PAGE - 1))] = v;
    }

    long size() {
        return size;
    }

    /** Bytes of the pages held. */
    long allocatedBytes() {
        long n = 0;
        for (int[] p : pages) {
            n += p == null ? 0 : 4L * p.length;
        }
        return n;
    }
}
