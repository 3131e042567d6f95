// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

/**
 * Finds a block by its numeric id: an open-addressing table of block indices whose keys are the
 * blocks' ids themselves, read from the id pages, so a slot costs 4 bytes instead of 12 for a
 * key and a value. At most half full: 8 to 16 bytes a block. Not thread-safe.
 */
final class BlockIndex {
    private final PagedLongs ids;
    private int[] slots; // block index + 1; 0 marks an empty slot
    private int size;

    /** An index of blocks whose ids {@code ids} holds; it sizes itself for {@code expected} blocks. */
    BlockIndex(PagedLongs ids, int expected) {
        this.ids = ids;
        this.slots = new int[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    private BlockIndex(PagedLongs ids, int[] slots, int size) {
        this.ids = ids;
        this.slots = slots;
        this.size = size;
    }

    /** The block with this id, or -1. */
    int get(long id) {
        int mask = slots.length - 1;
        for (int i = mix(id) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (ids.get(slots[i] - 1) == id) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    /** Adds {@code block}, whose id the id pages hold already and which the index does not have yet. */
    void add(int block) {
        int mask = slots.length - 1;
        int i = mix(ids.get(block)) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = block + 1;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** A copy that reads its keys from {@code idsCopy}, which must hold the same ids. */
    BlockIndex copy(PagedLongs idsCopy) {
        return new BlockIndex(idsCopy, slots.clone(), size);
    }

    /** Bytes of the table. */
    long allocatedBytes() {
        return 4L * slots.length;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int v : old) {
            if (v != 0) {
                int i = mix(ids.get(v - 1)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = v;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
