// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;

/**
 * Bytes in fixed-size pages, addressed by a {@code long}: appended at the end or written anywhere
 * below {@link #size()} once the store has grown there ({@link #grow}). A page is taken when a byte
 * of it is first written, so a store grown for values that are filled in slowly holds only the
 * pages written so far; growing never copies data (only the small table of pages), and pages can
 * be freed once read. Holds little-endian fixed-width
 * numbers of 0 to 8 bytes and unsigned LEB128 varints; a value may straddle two pages. Not
 * thread-safe; readers of a finished store may share it.
 */
final class PagedBytes {
    /** 4 KiB, for stores of which many fill at once, or that are written in many places at once. */
    static final int SMALL_PAGE_BITS = 12;
    private final int pageBits;
    private final int pageSize;
    private final int mask;
    private byte[][] pages = new byte[8][];
    private long size;
    /** Pages below this one were freed. */
    private long released;

    PagedBytes(int pageBits) {
        if (pageBits < 4 || pageBits > 30) {
            throw new IllegalArgumentException("page bits " + pageBits);
        }
        this.pageBits = pageBits;
        this.pageSize = 1 << pageBits;
        this.mask = pageSize - 1;
    }

    long size() {
        return size;
    }

    /** Bytes of the pages held (what this store costs on the heap, less the page table). */
    long allocatedBytes() {
        long held = 0;
        for (byte[] p : pages) {
            held += p == null ? 0 : p.length;
        }
        return held;
    }

    /** Makes the store {@code newSize} bytes long (zero-filled), so that any byte below it can be written. */
    void grow(long newSize) {
        if (newSize <= size) {
            return;
        }
        long lastPage = (newSize - 1) >>> pageBits;
        if (lastPage >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^" + (31 + pageBits) + " bytes");
        }
        if (lastPage >= pages.length) {
            pages = Arrays.copyOf(pages, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(lastPage + 1, pages.length * 2L)));
        }
        size = newSize;
    }

    /** The page holding {@code pos} (below {@link #size()}), taken now if it is still missing. */
    private byte[] pageFor(long pos) {
        int p = (int) (pos >>> pageBits);
        byte[] page = pages[p];
        if (page == null) {
            if (p < released) {
                throw new IllegalStateException("write to a released page");
            }
            page = new byte[pageSize];
            pages[p] = page;
        }
        return page;
    }

    /** Appends one byte. */
    void add(int b) {
        long at = size;
        if ((at & mask) == 0) {
            grow(at + 1);
        } else {
            size++;
        }
        pageFor(at)[(int) (at & mask)] = (byte) b;
    }

    /** Appends {@code n} bytes of {@code src} from {@code off}: a plain copy when they fit in the current page. */
    void addAll(byte[] src, int off, int n) {
        int at = (int) (size & mask);
        byte[] page = at == 0 ? null : pages[(int) (size >>> pageBits)];
        if (page != null && at + n <= pageSize) {
            for (int i = 0; i < n; i++) {
                page[at + i] = src[off + i];
            }
            size += n;
            return;
        }
        for (int i = 0; i < n; i++) {
            add(src[off + i]);
        }
    }

    /** The page holding {@code pos}, or null when it was never written or was freed; for fast sequential reads. */
    byte[] pageAt(long pos) {
        return pages[(int) (pos >>> pageBits)];
    }

    /** Where {@code pos} falls in its page. */
    int inPage(long pos) {
        return (int) (pos & mask);
    }

    int pageSize() {
        return pageSize;
    }

    /** Appends the low {@code width} bytes of {@code v}, little-endian. */
    void addFixed(long v, int width) {
        long at = size;
        grow(size + width);
        putFixed(at, v, width);
    }

    /** Appends {@code v} (treated as unsigned) as a LEB128 varint: 7 bits a byte, 1 to 10 bytes. */
    void addVarint(long v) {
        while ((v & ~0x7FL) != 0) {
            add((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        add((int) v);
    }

    /** The byte at {@code pos}; a byte never written in a page never taken reads as 0. */
    byte get(long pos) {
        byte[] page = pages[(int) (pos >>> pageBits)];
        if (page != null) {
            return page[(int) (pos & mask)];
        }
        {
            if (pos >>> pageBits < released) {
                throw new IllegalStateException("read from a released page");
            }
            return 0;
        }
    }

    void put(long pos, int b) {
        pageFor(pos)[(int) (pos & mask)] = (byte) b;
    }

    /** Writes the low {@code width} bytes of {@code v} at {@code pos}, little-endian. */
    void putFixed(long pos, long v, int width) {
        if (width == 1) {
            put(pos, (int) v);
            return;
        }
        int at = (int) (pos & mask);
        if (at + width <= pageSize) {
            byte[] page = pageFor(pos);
            for (int i = 0; i < width; i++) {
                page[at + i] = (byte) (v >>> (8 * i));
            }
        } else {
            for (int i = 0; i < width; i++) {
                put(pos + i, (int) (v >>> (8 * i)));
            }
        }
    }

    /** The {@code width}-byte little-endian number at {@code pos}, zero-extended. */
    long getFixed(long pos, int width) {
        if (width == 1) {
            return get(pos) & 0xFFL;
        }
        int at = (int) (pos & mask);
        long v = 0;
        byte[] page = pages[(int) (pos >>> pageBits)];
        if (at + width <= pageSize && page != null) {
            for (int i = 0; i < width; i++) {
                v |= (page[at + i] & 0xFFL) << (8 * i);
            }
        } else {
            for (int i = 0; i < width; i++) {
                v |= (get(pos + i) & 0xFFL) << (8 * i);
            }
        }
        return v;
    }

    /** Frees every page that lies wholly below {@code pos}; reading there afterwards fails. */
    void releaseBelow(long pos) {
        long end = Math.min(pos, size) >>> pageBits;
        for (long p = released; p < end; p++) {
            pages[(int) p] = null;
        }
        released = Math.max(released, end);
    }

    /** Number of bytes {@link #addVarint} takes for {@code v}. */
    static int varintLength(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** Bytes needed for {@code v} as an unsigned number: 0 for 0, up to 8. */
    static int widthOf(long v) {
        return (64 - Long.numberOfLeadingZeros(v) + 7) / 8;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A reading position for varints and sequential values. */
    static final class Cursor {
        private final PagedBytes bytes;
        long pos;

        Cursor(PagedBytes bytes, long pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        int nextByte() {
            return bytes.get(pos++) & 0xFF;
        }

        PagedBytes bytes() {
            return bytes;
        }

        long nextVarint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = nextByte();
                v |= (long) (b & 0x7F) << shift;
                if (b < 0x80) {
                    return v;
                }
            }
        }

        /** Frees the pages wholly before this cursor. */
        void release() {
            bytes.releaseBelow(pos);
        }

        long nextFixed(int width) {
            long v = bytes.getFixed(pos, width);
            pos += width;
            return v;
        }
    }
}
