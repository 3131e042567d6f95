// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact store gives back exactly what was added, whatever the widths, ranges and page edges. */
class SessionStoreRoundTripTest {
    /** A plain model of the sessions: per block, its events and offsets in order. */
    private static final class Expected {
        final List<List<Integer>> events = new ArrayList<>();
        final List<List<Long>> offsets = new ArrayList<>();

        void add(int block, int event, long offset) {
            while (events.size() <= block) {
                events.add(new ArrayList<>());
                offsets.add(new ArrayList<>());
            }
            events.get(block).add(event);
            offsets.get(block).add(offset);
        }
    }

    private static void assertSame(Expected x, SessionStore s, int[] eventOf) {
        assertEquals(x.events.size(), s.blockCount());
        int total = 0;
        for (int b = 0; b < s.blockCount(); b++) {
            List<Integer> ev = x.events.get(b);
            assertEquals(ev.size(), s.length(b), "length of block " + b);
            long[] offsets = s.offsets(b);
            int[] events = s.events(b);
            for (int k = 0; k < ev.size(); k++) {
                int e = ev.get(k) < eventOf.length ? eventOf[ev.get(k)] : ev.get(k);
                assertEquals(e, s.event(b, k), "event " + k + " of block " + b);
                assertEquals(e, events[k]);
                assertEquals((long) x.offsets.get(b).get(k), s.offset(b, k), "offset " + k + " of block " + b);
                assertEquals((long) x.offsets.get(b).get(k), offsets[k]);
            }
            total += ev.size();
        }
        assertEquals(total, s.totalEvents());
    }

    /** Steps in log order over {@code blocks} blocks, offsets growing by line lengths, with long gaps now and then. */
    private static Expected fill(SessionBuilder builder, int blocks, int steps, int maxEvent, long seed) {
        Expected x = new Expected();
        Random r = new Random(seed);
        long offset = 0;
        for (int b = 0; b < blocks; b++) {
            assertEquals(b, builder.block(1000L + b));
            x.add(b, 0, offset);
            builder.add(b, 0, offset, 100 + b);
            offset += 120;
        }
        for (int i = 0; i < steps; i++) {
            int b = r.nextInt(blocks);
            int e = r.nextInt(maxEvent + 1);
            x.add(b, e, offset);
            builder.add(b, e, offset, SessionStore.NO_TIME);
            offset += r.nextInt(8) == 0 ? 0 : 60 + r.nextInt(200);
            if (r.nextInt(5000) == 0) {
                offset += 3L << 32; // a 5-byte span for some blocks
            }
        }
        return x;
    }

    @Test
    void manyBlocksAcrossRangesComeBackExactly() {
        SessionBuilder builder = new SessionBuilder();
        int blocks = 2 * StepLog.RANGE + 100;
        Expected x = fill(builder, blocks, 400_000, 40, 1);
        int[] eventOf = new int[41];
        for (int i = 0; i < eventOf.length; i++) {
            eventOf[i] = 40 - i;
        }
        SessionStore s = builder.build(eventOf);
        assertEquals(1, s.eventWidth());
        assertSame(x, s, eventOf);
        assertEquals("blk_1000", s.blockName(0));
        assertEquals(blocks - 1, s.indexOf("blk_" + (1000 + blocks - 1)));
        assertEquals(100, s.firstSeen(0));
        assertEquals(100 + StepLog.RANGE, s.lastSeen(StepLog.RANGE));
    }

    @Test
    void eventWidthGrowsWithTheEventCount() {
        for (int maxEvent : new int[] {255, 256, 65_535, 65_536, 5_000_000}) {
            SessionBuilder builder = new SessionBuilder();
            Expected x = fill(builder, 50, 3_000, 0, maxEvent);
            builder.add(7, maxEvent, 1L << 40, SessionStore.NO_TIME);
            x.add(7, maxEvent, 1L << 40);
            SessionStore s = builder.build(new int[0]);
            assertEquals(maxEvent < 256 ? 1 : maxEvent < 65_536 ? 2 : 4, s.eventWidth(), "max event " + maxEvent);
            assertSame(x, s, new int[0]);
        }
    }

    @Test
    void spansOfEveryWidthAndStructuredLogsWithoutOffsets() {
        SessionBuilder builder = new SessionBuilder();
        Expected x = new Expected();
        long[] spans = {0, 1, 255, 256, 65_535, 65_536, (1L << 24) - 1, 1L << 24, 1L << 40, Long.MAX_VALUE / 4};
        for (int b = 0; b < spans.length; b++) {
            builder.block(b);
        }
        int noOffsets = builder.block("not-a-blk-name");
        for (int step = 0; step < 5; step++) {
            for (int b = 0; b < spans.length; b++) {
                long offset = 1000 + spans[b] / 4 * step;
                builder.add(b, step, offset, SessionStore.NO_TIME);
                x.add(b, step, offset);
            }
            builder.add(noOffsets, 1, -1, SessionStore.NO_TIME);
            x.add(noOffsets, 1, -1);
        }
        SessionStore s = builder.build(new int[0]);
        assertSame(x, s, new int[0]);
        assertEquals("not-a-blk-name", s.blockName(noOffsets));
        assertEquals(Long.MIN_VALUE, s.numericId(noOffsets));
        assertEquals(noOffsets, s.indexOf("not-a-blk-name"));
    }

    @Test
    void aBlockWithoutStepsAndEmptyStores() {
        SessionStore empty = new SessionBuilder().build(new int[0]);
        assertEquals(0, empty.blockCount());
        assertEquals(0, empty.totalEvents());
        SessionBuilder builder = new SessionBuilder();
        builder.block(1);
        builder.block(2);
        builder.add(0, 3, 10, SessionStore.NO_TIME);
        SessionStore s = builder.build(new int[0]);
        assertEquals(2, s.blockCount());
        assertEquals(0, s.length(1));
        assertArrayEquals(new long[0], s.offsets(1));
        assertEquals(10, s.offset(0, 0));
    }

    @Test
    void buildingWithoutReleaseLetsTheBuilderGoOn() {
        SessionBuilder builder = new SessionBuilder();
        Expected x = fill(builder, 300, 20_000, 9, 4);
        SessionStore first = builder.build(new int[0], false);
        assertSame(x, first, new int[0]);
        long last = first.offset(0, first.length(0) - 1);
        for (int i = 0; i < 1000; i++) {
            int b = i % 301;
            if (b == 300) {
                builder.block(999_999);
            }
            builder.add(b, 2, last + i, SessionStore.NO_TIME);
            x.add(b, 2, last + i);
        }
        assertSame(x, builder.build(new int[0], false), new int[0]);
        assertEquals(300, first.blockCount(), "the first store is not changed by what came later");
        assertEquals(-1, first.indexOf("blk_999999"), "nor does it find a block added later");
        assertSame(x, builder.build(new int[0]), new int[0]);
    }

    @Test
    void theLoaderRebuildsTheSameStoreAndRefusesWhatDoesNotFit() {
        SessionBuilder builder = new SessionBuilder();
        fill(builder, 1000, 30_000, 20, 5);
        builder.block("named");
        builder.add(1000, 3, 77, 5);
        SessionStore s = builder.build(new int[0]);
        SessionStore t = load(s, 21);
        assertEquals(s.blockCount(), t.blockCount());
        assertEquals(s.namedBlocks(), t.namedBlocks());
        for (int b = 0; b < s.blockCount(); b++) {
            assertArrayEquals(s.events(b), t.events(b));
            assertArrayEquals(s.offsets(b), t.offsets(b));
            assertEquals(s.numericId(b), t.numericId(b));
            assertEquals(s.firstSeen(b), t.firstSeen(b));
            assertEquals(s.lastSeen(b), t.lastSeen(b));
        }
        assertEquals(1000, t.indexOf("named"));
        assertThrows(IllegalArgumentException.class, () -> load(s, 20), "an event beyond the table");
        SessionLoader twice = new SessionLoader(2, 1);
        twice.addId(5);
        twice.addId(5);
        for (int st : new int[] {0, 0, 0}) {
            twice.addStart(st);
        }
        twice.beginSteps(0);
        twice.addFirst(0);
        twice.addFirst(0);
        twice.addLast(0);
        twice.addLast(0);
        assertThrows(IllegalArgumentException.class, twice::finish, "a block id twice");
        SessionLoader shrinking = new SessionLoader(2, 1);
        shrinking.addStart(0);
        shrinking.addStart(3);
        assertThrows(IllegalArgumentException.class, () -> shrinking.addStart(2));
    }

    private static SessionStore load(SessionStore s, int eventCount) {
        SessionLoader l = new SessionLoader(s.blockCount(), eventCount);
        for (int b = 0; b < s.blockCount(); b++) {
            l.addId(s.numericId(b));
        }
        s.namedBlocks().forEach(l::name);
        int at = 0;
        l.addStart(0);
        for (int b = 0; b < s.blockCount(); b++) {
            at += s.length(b);
            l.addStart(at);
        }
        l.beginSteps(s.totalEvents());
        for (int b = 0; b < s.blockCount(); b++) {
            Arrays.stream(s.events(b)).forEach(l::addEvent);
        }
        for (int b = 0; b < s.blockCount(); b++) {
            Arrays.stream(s.offsets(b)).forEach(l::addOffset);
        }
        for (int b = 0; b < s.blockCount(); b++) {
            l.addFirst(s.firstSeen(b));
            l.addLast(s.lastSeen(b));
        }
        return l.finish();
    }

    @Test
    void moreThanTwoBillionStepsAreRefusedUpFront() {
        assertThrows(IllegalStateException.class, () -> new BlockSteps.Writer(3_000_000_000L, 10));
    }
}
