// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

/**
 * Every block's steps in compressed-row layout, compact: block b's steps are
 * {@code start[b] .. start[b+1]-1}. Event indices take one fixed width for the whole store (1 byte
 * while there are fewer than 256 events, else 2 or 4). A block's line offsets are stored as
 * {@code [width: 1 byte][base: zigzag varint][one width-byte value per step]}, each value being the
 * offset less the block's smallest offset, so the width is that of the block's span (3 bytes for a
 * block whose lines lie within 16 MB). Any step reads in constant time. Immutable once written.
 */
final class BlockSteps {
    private final PagedInts start;
    private final int eventWidth;
    private final PagedBytes events;
    private final PagedLongs offsetAt;
    private final PagedBytes offsets;

    private BlockSteps(PagedInts start, int eventWidth, PagedBytes events, PagedLongs offsetAt, PagedBytes offsets) {
        this.start = start;
        this.eventWidth = eventWidth;
        this.events = events;
        this.offsetAt = offsetAt;
        this.offsets = offsets;
    }

    int blockCount() {
        return (int) start.size() - 1;
    }

    int total() {
        return start.get(start.size() - 1);
    }

    int start(int block) {
        return start.get(block);
    }

    int length(int block) {
        return start.get(block + 1) - start.get(block);
    }

    int event(int block, int k) {
        return (int) events.getFixed((long) (start.get(block) + k) * eventWidth, eventWidth);
    }

    int eventWidth() {
        return eventWidth;
    }

    long offset(int block, int k) {
        PagedBytes.Cursor c = new PagedBytes.Cursor(offsets, offsetAt.get(block));
        int width = c.nextByte();
        long base = PagedBytes.unzigzag(c.nextVarint());
        return base + offsets.getFixed(c.pos + (long) k * width, width);
    }

    /** All of the block's offsets, decoded once. */
    long[] offsets(int block) {
        long[] out = new long[length(block)];
        if (out.length == 0) {
            return out;
        }
        PagedBytes.Cursor c = new PagedBytes.Cursor(offsets, offsetAt.get(block));
        int width = c.nextByte();
        long base = PagedBytes.unzigzag(c.nextVarint());
        for (int k = 0; k < out.length; k++) {
            out[k] = base + c.nextFixed(width);
        }
        return out;
    }

    /** Bytes held by the pages of this store. */
    long allocatedBytes() {
        return start.allocatedBytes() + events.allocatedBytes() + offsetAt.allocatedBytes() + offsets.allocatedBytes();
    }

    /** The width in bytes that event indices up to {@code maxEvent} take: 1, 2 or 4. */
    static int eventWidth(int maxEvent) {
        return maxEvent < 1 << 8 ? 1 : maxEvent < 1 << 16 ? 2 : 4;
    }

    /**
     * Writes a store: blocks are declared in order with their length and offset range, then the
     * events and offsets of declared blocks may be set in any order. Every step must be set before
     * {@link #finish}. Pages are taken as blocks are declared, so a builder that declares a range of
     * blocks, fills it and frees its own staging of it never holds both in full.
     */
    static final class Writer {
        private final PagedInts start = new PagedInts();
        private final int eventWidth;
        private final PagedBytes events = new PagedBytes(PagedBytes.SMALL_PAGE_BITS);
        private final PagedLongs offsetAt = new PagedLongs();
        private final PagedBytes offsets = new PagedBytes(PagedBytes.SMALL_PAGE_BITS);
        private final long total;
        private int declared;

        Writer(long totalSteps, int maxEvent) {
            if (totalSteps > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2^31 block events; split the log");
            }
            this.total = totalSteps;
            this.eventWidth = eventWidth(maxEvent);
            start.add(0);
        }

        /**
         * Declares the next block with {@code length} steps whose offsets lie in {@code [min, max]}.
         *
         * @return where its offset values go, for {@link #putOffset}: the position in the low 56
         *     bits and the width in the top 8
         */
        long declare(int length, long min, long max) {
            int from = start.get(declared);
            if (length < 0 || (long) from + length > total) {
                throw new IllegalArgumentException("block " + declared + " runs past the steps");
            }
            start.add(from + length);
            events.grow((long) (from + length) * eventWidth); // page by page as blocks come, not all at once
            offsetAt.add(offsets.size());
            declared++;
            if (length == 0) {
                return 0;
            }
            int width = PagedBytes.widthOf(max - min);
            offsets.add(width);
            offsets.addVarint(PagedBytes.zigzag(min));
            long values = offsets.size();
            offsets.grow(values + (long) length * width);
            return (long) width << 56 | values;
        }

        /** Takes the pages of all events at once, for a writer that sets events before it declares blocks. */
        void reserveAllEvents() {
            events.grow(total * eventWidth);
        }

        void putEvent(long step, int event) {
            events.putFixed(step * eventWidth, event, eventWidth);
        }

        /** Sets step {@code k} of a block declared with {@code slot} ({@link #declare}) and smallest offset {@code min}. */
        void putOffset(long slot, long min, int k, long offset) {
            int width = (int) (slot >>> 56);
            offsets.putFixed((slot & ((1L << 56) - 1)) + (long) k * width, offset - min, width);
        }

        int declared() {
            return declared;
        }

        BlockSteps finish() {
            if (start.get(declared) != total) {
                throw new IllegalArgumentException("the blocks hold " + start.get(declared) + " steps, not " + total);
            }
            offsetAt.add(offsets.size());
            return new BlockSteps(start, eventWidth, events, offsetAt, offsets);
        }
    }
}
