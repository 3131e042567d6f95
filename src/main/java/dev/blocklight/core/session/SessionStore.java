// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Map;

/**
 * Every block's event sequence, compact ({@link BlockSteps}): for block b, steps
 * {@code 0 .. length(b)-1} hold its event indices and the byte offsets of their lines, in log
 * order. A step costs about 4 bytes (a 1-byte event and a 3-byte offset on HDFS logs), a block
 * about 55 (id, first and last time, its place in the steps, the id index); 597k blocks and 11M
 * events take about 80 MB. Blocks are numbered in order of first appearance. Event index 0 is the
 * unknown event; see the parse result's event table for the rest. Immutable; safe to read from
 * several threads once published.
 */
public final class SessionStore {
    /** Marks an unknown timestamp. */
    public static final long NO_TIME = Long.MIN_VALUE;
    private final int blocks;
    private final PagedLongs ids;
    private final Map<Integer, String> names;
    private final BlockSteps steps;
    private final PagedLongs first;
    private final PagedLongs last;
    private final BlockIndex index;
    private final Map<String, Integer> nameIndex;

    SessionStore(int blocks, PagedLongs ids, Map<Integer, String> names, BlockSteps steps, PagedLongs first,
            PagedLongs last, BlockIndex index, Map<String, Integer> nameIndex) {
        this.blocks = blocks;
        this.ids = ids;
        this.names = names;
        this.steps = steps;
        this.first = first;
        this.last = last;
        this.index = index;
        this.nameIndex = nameIndex;
    }

    public int blockCount() {
        return blocks;
    }

    /** Total number of (block, event) steps. */
    public int totalEvents() {
        return steps.total();
    }

    /** The block's id as written in the log, such as {@code blk_-123}. */
    public String blockName(int block) {
        String name = names.get(block);
        return name != null ? name : dev.blocklight.core.parse.BlockIds.name(ids.get(block));
    }

    /** The numeric id of a {@code blk_} block, or {@link Long#MIN_VALUE} for a block with a name of another form. */
    public long numericId(int block) {
        return names.containsKey(block) ? Long.MIN_VALUE : ids.get(block);
    }

    /** The blocks whose names are not numeric {@code blk_} ids, by index. */
    public Map<Integer, String> namedBlocks() {
        return names;
    }

    /** Index of a block by name, or -1. */
    public int indexOf(String blockName) {
        Integer i = nameIndex.get(blockName);
        if (i != null) {
            return i;
        }
        long id = dev.blocklight.core.parse.BlockIds.parse(blockName);
        int b = id == Long.MIN_VALUE ? -1 : index.get(id);
        return b;
    }

    public int length(int block) {
        return steps.length(block);
    }

    /** Event index of step k of the block. */
    public int event(int block, int k) {
        return steps.event(block, k);
    }

    /** A copy of the block's event indices. */
    public int[] events(int block) {
        int[] out = new int[steps.length(block)];
        for (int k = 0; k < out.length; k++) {
            out[k] = steps.event(block, k);
        }
        return out;
    }

    /** Byte offset in the (decompressed) log of the line of step k; -1 when the log had no raw lines. */
    public long offset(int block, int k) {
        return steps.offset(block, k);
    }

    /** The byte offsets of all the block's lines, in step order. */
    public long[] offsets(int block) {
        return steps.offsets(block);
    }

    /** Epoch seconds of the block's first line, or {@link #NO_TIME}. */
    public long firstSeen(int block) {
        return first.get(block);
    }

    /** Epoch seconds of the block's last line, or {@link #NO_TIME}. */
    public long lastSeen(int block) {
        return last.get(block);
    }

    /** Bytes of the pages and tables this store holds: steps, per-block values and the id index. */
    public long allocatedBytes() {
        return steps.allocatedBytes() + ids.allocatedBytes() + first.allocatedBytes() + last.allocatedBytes()
                + index.allocatedBytes();
    }

    /** Bytes per event index in this store: 1 while there are fewer than 256 events. */
    public int eventWidth() {
        return steps.eventWidth();
    }
}
