// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects (block, event, line offset, time) steps in log order and builds a {@link SessionStore}.
 * Used by one thread, the parse merger. Event values are provisional ids that {@link #build(int[])}
 * maps to final event indices. The steps are staged compactly ({@link StepLog}, about 5 bytes a
 * step), and everything per block lives in fixed pages, so nothing is copied as the log grows.
 */
public final class SessionBuilder {
    private final PagedLongs ids = new PagedLongs();
    private final BlockIndex index = new BlockIndex(ids, 1 << 16);
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private final PagedLongs first = new PagedLongs();
    private final PagedLongs last = new PagedLongs();
    private int blocks;
    private final StepLog steps = new StepLog();

    /** Index of a numeric block id, adding the block on first sight. */
    public int block(long id) {
        int found = index.get(id);
        if (found >= 0) {
            return found;
        }
        int b = newBlock(id);
        index.add(b);
        return b;
    }

    /** Index of a non-numeric block name, adding the block on first sight. */
    public int block(String name) {
        Integer found = nameIndex.get(name);
        if (found != null) {
            return found;
        }
        int b = newBlock(Long.MIN_VALUE);
        nameIndex.put(name, b);
        names.put(b, name);
        return b;
    }

    private int newBlock(long id) {
        ids.add(id);
        first.add(SessionStore.NO_TIME);
        last.add(SessionStore.NO_TIME);
        return blocks++;
    }

    /** Appends one step to a block; {@code event} must not be negative. */
    public void add(int block, int event, long offset, long time) {
        if (steps.size() == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^31 block events; split the log");
        }
        steps.add(block, event, offset);
        if (time != SessionStore.NO_TIME) {
            long f = first.get(block);
            if (f == SessionStore.NO_TIME || time < f) {
                first.set(block, time);
            }
            long l = last.get(block);
            if (l == SessionStore.NO_TIME || time > l) {
                last.set(block, time);
            }
        }
    }

    public int blockCount() {
        return blocks;
    }

    public long stepCount() {
        return steps.size();
    }

    /** Bytes the staged steps, the per-block pages and the id index hold now. */
    public long allocatedBytes() {
        return steps.allocatedBytes() + ids.allocatedBytes() + first.allocatedBytes() + last.allocatedBytes()
                + index.allocatedBytes();
    }

    /** Builds the store, mapping provisional event ids through {@code eventOf}; frees the staging pages. */
    public SessionStore build(int[] eventOf) {
        return build(eventOf, true);
    }

    /**
     * Builds the store. With {@code release} the staging pages are freed as they are copied and this
     * builder is spent, so the build needs little more than the larger of the staging and the store; without, it keeps everything, so more steps can be added and
     * built again (follow mode), at the cost of holding the steps twice.
     */
    public SessionStore build(int[] eventOf, boolean release) {
        int maxEvent = 0;
        for (int e : eventOf) {
            maxEvent = Math.max(maxEvent, e);
        }
        if (steps.maxEvent() >= eventOf.length) {
            maxEvent = Math.max(maxEvent, steps.maxEvent());
        }
        BlockSteps.Writer out = new BlockSteps.Writer(steps.size(), maxEvent);
        int[] count = new int[StepLog.RANGE];
        long[] min = new long[StepLog.RANGE];
        long[] max = new long[StepLog.RANGE];
        long[] slot = new long[StepLog.RANGE];
        long[] at = new long[StepLog.RANGE];
        long done = 0;
        for (int r = 0; r < steps.rangeCount(); r++) {
            int low = r << StepLog.RANGE_BITS;
            int n = Math.min(StepLog.RANGE, blocks - low);
            Arrays.fill(count, 0);
            Arrays.fill(min, Long.MAX_VALUE);
            Arrays.fill(max, Long.MIN_VALUE);
            StepLog.Reader in = steps.reader(r);
            while (in.next()) {
                int b = in.block - low;
                count[b]++;
                min[b] = Math.min(min[b], in.offset);
                max[b] = Math.max(max[b], in.offset);
            }
            long step = done;
            for (int b = 0; b < n; b++) {
                slot[b] = out.declare(count[b], min[b], max[b]);
                at[b] = step;
                step += count[b];
                count[b] = 0;
            }
            in = steps.reader(r);
            for (long i = 1; in.next(); i++) {
                if (release && (i & 4095) == 0) {
                    in.releaseRead(); // the store grows as the staging shrinks
                }
                int b = in.block - low;
                int e = in.event;
                out.putEvent(at[b] + count[b], e < eventOf.length ? eventOf[e] : e);
                out.putOffset(slot[b], min[b], count[b]++, in.offset);
            }
            done = step;
            if (release) {
                steps.release(r);
            }
        }
        while (out.declared() < blocks) { // blocks without steps after the last range with any
            out.declare(0, 0, 0);
        }
        PagedLongs keptIds = release ? ids : ids.copy(blocks);
        PagedLongs keptFirst = release ? first : first.copy(blocks);
        PagedLongs keptLast = release ? last : last.copy(blocks);
        return new SessionStore(blocks, keptIds, Map.copyOf(names), out.finish(), keptFirst, keptLast,
                release ? index : index.copy(keptIds), Map.copyOf(nameIndex));
    }
}
