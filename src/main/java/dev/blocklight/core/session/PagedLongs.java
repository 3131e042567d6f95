// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only list of longs in fixed pages, so growing to tens of millions never copies, and
 * pages can be released while the list is consumed once in order.
 */
final class PagedLongs {
    static final int PAGE_BITS = 16;
    static final int PAGE = 1 << PAGE_BITS;
    private final List<long[]> pages = new ArrayList<>();
    private long size;

    void add(long v) {
        int at = (int) (size & (PAGE - 1));
        if (at == 0) {
            pages.add(new long[PAGE]);
        }
        pages.get(pages.size() - 1)[at] = v;
        size++;
    }

    long get(long i) {
        return pages.get((int) (i >>> PAGE_BITS))[(int) (i & (PAGE - 1))];
    }

    long size() {
        return size;
    }

    /** Frees the page holding index i; later reads from it fail. */
    void release(long i) {
        pages.set((int) (i >>> PAGE_BITS), null);
    }
}
