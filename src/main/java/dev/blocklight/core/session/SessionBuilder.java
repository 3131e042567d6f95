// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects (block, event, line offset, time) steps in log order and builds a {@link SessionStore}.
 * Used by one thread, the parse merger. Event values are provisional ids that {@link #build(int[])}
 * maps to final event indices.
 */
public final class SessionBuilder {
    private final LongIntMap index = new LongIntMap(1 << 16);
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private long[] ids = new long[1 << 12];
    private long[] first = new long[1 << 12];
    private long[] last = new long[1 << 12];
    private int blocks;
    private final PagedInts stepBlock = new PagedInts();
    private final PagedInts stepEvent = new PagedInts();
    private final PagedLongs stepOffset = new PagedLongs();

    /** Index of a numeric block id, adding the block on first sight. */
    public int block(long id) {
        int found = index.putIfAbsent(id, blocks);
        return found >= 0 ? found : newBlock(id);
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
        if (blocks == ids.length) {
            ids = Arrays.copyOf(ids, blocks * 2);
            first = Arrays.copyOf(first, blocks * 2);
            last = Arrays.copyOf(last, blocks * 2);
        }
        ids[blocks] = id;
        first[blocks] = SessionStore.NO_TIME;
        last[blocks] = SessionStore.NO_TIME;
        return blocks++;
    }

    /** Appends one step to a block. */
    public void add(int block, int event, long offset, long time) {
        if (stepBlock.size() == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^31 block events; split the log");
        }
        stepBlock.add(block);
        stepEvent.add(event);
        stepOffset.add(offset);
        if (time != SessionStore.NO_TIME) {
            if (first[block] == SessionStore.NO_TIME || time < first[block]) {
                first[block] = time;
            }
            if (last[block] == SessionStore.NO_TIME || time > last[block]) {
                last[block] = time;
            }
        }
    }

    public int blockCount() {
        return blocks;
    }

    public long stepCount() {
        return stepBlock.size();
    }

    /** Builds the store, mapping provisional event ids through {@code eventOf}; frees the staging pages. */
    public SessionStore build(int[] eventOf) {
        return build(eventOf, true);
    }

    /**
     * Builds the store. With {@code release} the staging pages are freed as they are copied and this
     * builder is spent; without, it keeps everything, so more steps can be added and built again
     * (follow mode), at the cost of holding the steps twice.
     */
    public SessionStore build(int[] eventOf, boolean release) {
        int n = (int) stepBlock.size();
        int[] start = new int[blocks + 1];
        for (long i = 0; i < n; i++) {
            start[stepBlock.get(i) + 1]++;
        }
        for (int b = 0; b < blocks; b++) {
            start[b + 1] += start[b];
        }
        int[] cursor = Arrays.copyOf(start, blocks);
        int[] events = new int[n];
        long[] offsets = new long[n];
        for (long i = 0; i < n; i++) {
            int b = stepBlock.get(i);
            int at = cursor[b]++;
            int e = stepEvent.get(i);
            events[at] = e < eventOf.length ? eventOf[e] : e;
            offsets[at] = stepOffset.get(i);
            if (release && (i & (PagedInts.PAGE - 1)) == PagedInts.PAGE - 1) {
                stepBlock.release(i);
                stepEvent.release(i);
                stepOffset.release(i);
            }
        }
        return new SessionStore(Arrays.copyOf(ids, blocks), Map.copyOf(names), start, events, offsets,
                Arrays.copyOf(first, blocks), Arrays.copyOf(last, blocks), index, Map.copyOf(nameIndex));
    }
}
