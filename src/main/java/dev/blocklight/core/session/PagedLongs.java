// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;

/**
 * A list of longs in fixed pages of 256 KiB (never a humongous object for G1), so growing to
 * tens of millions never copies the values, and pages can be released while the list is consumed
 * once in order. Values can be appended, read and overwritten.
 */
final class PagedLongs {
    static final int PAGE_BITS = 15;
    static final int PAGE = 1 << PAGE_BITS;
    private long[][] pages = new long[8][];
    private long size;

    void add(long v) {
        int at = (int) (size & (PAGE - 1));
        int page = (int) (size >>> PAGE_BITS);
        if (at == 0) {
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, page * 2);
            }
            pages[page] = new long[PAGE];
        }
        pages[page][at] = v;
        size++;
    }

    long get(long i) {
        return pages[(int) (i >>> PAGE_BITS)][(int) (i & (PAGE - 1))];
    }

    void set(long i, long v) {
        pages[(int) (i >>> PAGE_BITS)][(int) (i & (PAGE - 1))] = v;
    }

    long size() {
        return size;
    }

    /** A copy of the first {@code n} values, page by page. */
    PagedLongs copy(long n) {
        PagedLongs c = new PagedLongs();
        for (long i = 0; i < n; i++) {
            c.add(get(i));
        }
        return c;
    }

    /** Bytes of the pages held. */
    long allocatedBytes() {
        long n = 0;
        for (long[] p : pages) {
            n += p == null ? 0 : 8L * p.length;
        }
        return n;
    }

    /** Frees the page holding index i; later reads from it fail. */
    void release(long i) {
        pages[(int) (i >>> PAGE_BITS)] = null;
    }
}
