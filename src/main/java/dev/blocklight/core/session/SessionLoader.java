// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.HashMap;
import java.util.Map;

/**
 * Rebuilds a {@link SessionStore} from its values streamed in compressed-row order, as the
 * workspace cache stores them: block ids, names, step starts, then every step's event, every
 * step's offset, and each block's first and last time. Checks that they fit together and throws
 * {@link IllegalArgumentException} when they do not. Holds no more than the finished store and
 * one block's offsets at a time.
 */
public final class SessionLoader {
    private final int blocks;
    private final int eventCount;
    private final PagedLongs ids = new PagedLongs();
    private final Map<Integer, String> names = new HashMap<>();
    private final PagedInts start = new PagedInts();
    private final PagedLongs first = new PagedLongs();
    private final PagedLongs last = new PagedLongs();
    private BlockSteps.Writer steps;
    private long eventsSet;
    private long offsetsSet;
    /** The block whose offsets come next, and those read of it so far. */
    private int offsetBlock;
    private long[] pending = new long[64];
    private int pendingCount;

    /**
     * @param blocks the number of blocks
     * @param eventCount the number of events in the event table; every step's event must be below it
     */
    public SessionLoader(int blocks, int eventCount) {
        if (blocks < 0) {
            throw new IllegalArgumentException("a negative block count");
        }
        this.blocks = blocks;
        this.eventCount = eventCount;
    }

    public void addId(long id) {
        require(ids.size() < blocks, "more block ids than blocks");
        ids.add(id);
    }

    public void name(int block, String name) {
        require(block >= 0 && block < blocks && name != null, "a block name is invalid");
        names.put(block, name);
    }

    /** The next of the {@code blocks + 1} step starts: 0 first, never decreasing. */
    public void addStart(int s) {
        require(start.size() <= blocks, "more step starts than blocks");
        require(start.size() == 0 ? s == 0 : s >= start.get(start.size() - 1),
                start.size() == 0 ? "the steps do not start at 0" : "session block " + (start.size() - 1) + " has a negative length");
        start.add(s);
    }

    /** The number of events and of offsets that come, which must be the last step start. */
    public void beginSteps(int total) {
        require(ids.size() == blocks && start.size() == blocks + 1, "session arrays do not fit together");
        require(start.get(blocks) == total, "session arrays do not fit together");
        steps = new BlockSteps.Writer(total, eventCount - 1);
        steps.reserveAllEvents(); // the events come before the offsets that declare the blocks
    }

    /** The event index of the next step, in compressed-row order. */
    public void addEvent(int event) {
        require(steps != null && eventsSet < start.get(blocks), "more events than steps");
        require(event >= 0 && event < eventCount, "a block step names event " + event + " of " + eventCount);
        steps.putEvent(eventsSet++, event);
    }

    /** The line offset of the next step, in compressed-row order. */
    public void addOffset(long offset) {
        require(steps != null && offsetsSet < start.get(blocks), "more offsets than steps");
        flushEmpty();
        if (pendingCount == pending.length) {
            pending = java.util.Arrays.copyOf(pending, pendingCount * 2);
        }
        pending[pendingCount++] = offset;
        offsetsSet++;
        if (pendingCount == length(offsetBlock)) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int k = 0; k < pendingCount; k++) {
                min = Math.min(min, pending[k]);
                max = Math.max(max, pending[k]);
            }
            long slot = steps.declare(pendingCount, min, max);
            for (int k = 0; k < pendingCount; k++) {
                steps.putOffset(slot, min, k, pending[k]);
            }
            pendingCount = 0;
            offsetBlock++;
            if (pending.length > 1 << 16) {
                pending = new long[64];
            }
        }
    }

    public void addFirst(long t) {
        require(first.size() < blocks, "more first times than blocks");
        first.add(t);
    }

    public void addLast(long t) {
        require(last.size() < blocks, "more last times than blocks");
        last.add(t);
    }

    /** The store; checks that every value came and that no numeric block id appears twice. */
    public SessionStore finish() {
        require(steps != null && eventsSet == start.get(blocks) && offsetsSet == eventsSet,
                "session arrays do not fit together");
        flushEmpty();
        require(first.size() == blocks && last.size() == blocks, "session arrays do not fit together");
        BlockIndex index = new BlockIndex(ids, Math.max(16, blocks));
        Map<String, Integer> nameIndex = new HashMap<>();
        for (int b = 0; b < blocks; b++) {
            String name = names.get(b);
            if (name != null) {
                nameIndex.put(name, b);
            } else {
                require(index.get(ids.get(b)) < 0, "block id " + ids.get(b) + " appears twice");
                index.add(b);
            }
        }
        return new SessionStore(blocks, ids, Map.copyOf(names), steps.finish(), first, last, index, Map.copyOf(nameIndex));
    }

    private int length(int block) {
        return start.get(block + 1) - start.get(block);
    }

    /** Declares the blocks without steps that come before the next offset. */
    private void flushEmpty() {
        while (pendingCount == 0 && offsetBlock < blocks && length(offsetBlock) == 0) {
            steps.declare(0, 0, 0);
            offsetBlock++;
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
