// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;
import java.util.Map;

/**
 * Every block's event sequence in compact primitive arrays (compressed-row layout): for block b,
 * steps {@code start[b] .. start[b+1]-1} hold its event indices and the byte offsets of their lines,
 * in log order. 575k blocks and 11M events take about 150 MB. Blocks are numbered in order of first
 * appearance. Event index 0 is the unknown event; see the parse result's event table for the rest.
 */
public final class SessionStore {
    /** Marks an unknown timestamp. */
    public static final long NO_TIME = Long.MIN_VALUE;
    private final long[] ids;
    private final Map<Integer, String> names;
    private final int[] start;
    private final int[] events;
    private final long[] offsets;
    private final long[] first;
    private final long[] last;
    private final LongIntMap index;
    private final Map<String, Integer> nameIndex;

    SessionStore(long[] ids, Map<Integer, String> names, int[] start, int[] events, long[] offsets,
            long[] first, long[] last, LongIntMap index, Map<String, Integer> nameIndex) {
        this.ids = ids;
        this.names = names;
        this.start = start;
        this.events = events;
        this.offsets = offsets;
        this.first = first;
        this.last = last;
        this.index = index;
        this.nameIndex = nameIndex;
    }

    /**
     * The raw arrays, for a binary cache writer; shared, not copied, so treat them as read-only.
     * Block names are only those that are not numeric {@code blk_} ids.
     */
    public Parts parts() {
        return new Parts(ids, names, start, events, offsets, first, last);
    }

    /**
     * Rebuilds a store from {@link #parts()}, checking that the arrays fit together.
     *
     * @throws IllegalArgumentException if they do not
     */
    public static SessionStore of(Parts p) {
        int blocks = p.ids().length;
        if (p.start().length != blocks + 1 || p.first().length != blocks || p.last().length != blocks
                || p.events().length != p.offsets().length || p.start()[0] != 0 || p.start()[blocks] != p.events().length) {
            throw new IllegalArgumentException("session arrays do not fit together");
        }
        for (int b = 0; b < blocks; b++) {
            if (p.start()[b + 1] < p.start()[b]) {
                throw new IllegalArgumentException("session block " + b + " has a negative length");
            }
        }
        LongIntMap index = new LongIntMap(Math.max(16, blocks));
        Map<String, Integer> nameIndex = new java.util.HashMap<>();
        for (int b = 0; b < blocks; b++) {
            String name = p.names().get(b);
            if (name != null) {
                nameIndex.put(name, b);
            } else if (index.putIfAbsent(p.ids()[b], b) >= 0) {
                throw new IllegalArgumentException("block id " + p.ids()[b] + " appears twice");
            }
        }
        return new SessionStore(p.ids(), Map.copyOf(p.names()), p.start(), p.events(), p.offsets(), p.first(), p.last(),
                index, Map.copyOf(nameIndex));
    }

    /** The arrays behind a store; see the class comment for the layout. */
    public record Parts(long[] ids, Map<Integer, String> names, int[] start, int[] events, long[] offsets,
            long[] first, long[] last) {
    }

    public int blockCount() {
        return ids.length;
    }

    /** Total number of (block, event) steps. */
    public int totalEvents() {
        return events.length;
    }

    /** The block's id as written in the log, such as {@code blk_-123}. */
    public String blockName(int block) {
        String name = names.get(block);
        return name != null ? name : dev.blocklight.core.parse.BlockIds.name(ids[block]);
    }

    /** Index of a block by name, or -1. */
    public int indexOf(String blockName) {
        Integer i = nameIndex.get(blockName);
        if (i != null) {
            return i;
        }
        long id = dev.blocklight.core.parse.BlockIds.parse(blockName);
        return id == Long.MIN_VALUE ? -1 : index.get(id);
    }

    public int length(int block) {
        return start[block + 1] - start[block];
    }

    /** Event index of step k of the block. */
    public int event(int block, int k) {
        return events[start[block] + k];
    }

    /** A copy of the block's event indices. */
    public int[] events(int block) {
        return Arrays.copyOfRange(events, start[block], start[block + 1]);
    }

    /** Byte offset in the (decompressed) log of the line of step k. */
    public long offset(int block, int k) {
        return offsets[start[block] + k];
    }

    /** Epoch seconds of the block's first line, or {@link #NO_TIME}. */
    public long firstSeen(int block) {
        return first[block];
    }

    /** Epoch seconds of the block's last line, or {@link #NO_TIME}. */
    public long lastSeen(int block) {
        return last[block];
    }
}
