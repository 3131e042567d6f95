// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StepLogTest {
    record Step(int block, int event, long offset) {
    }

    @Test
    void stepsComeBackPerRangeInLogOrder() {
        StepLog log = new StepLog();
        Random r = new Random(3);
        List<Step> all = new ArrayList<>();
        long offset = 0;
        int[] events = {0, 1, 254, 255, 256, 1000, 70_000, Integer.MAX_VALUE};
        int[] blocks = {0, 1, StepLog.RANGE - 1, StepLog.RANGE, StepLog.RANGE + 1, 3 * StepLog.RANGE + 17};
        for (int i = 0; i < 20_000; i++) {
            offset += r.nextInt(10) == 0 ? 0 : r.nextInt(300); // several blocks on one line now and then
            if (r.nextInt(1000) == 0) {
                offset += 1L << 36; // a long gap
            }
            Step s = new Step(r.nextBoolean() ? blocks[r.nextInt(blocks.length)] : r.nextInt(4 * StepLog.RANGE),
                    events[r.nextInt(events.length)], offset);
            all.add(s);
            log.add(s.block, s.event, s.offset);
        }
        assertEquals(all.size(), log.size());
        assertEquals(4, log.rangeCount());
        assertEquals(Integer.MAX_VALUE, log.maxEvent());
        for (int range = 0; range < log.rangeCount(); range++) {
            StepLog.Reader in = log.reader(range);
            int n = 0;
            for (Step s : all) {
                if (s.block >>> StepLog.RANGE_BITS == range) {
                    assertTrue(in.next());
                    assertEquals(s, new Step(in.block, in.event, in.offset), "range " + range + " step " + n);
                    n++;
                }
            }
            assertFalse(in.next());
            assertEquals(n, log.steps(range));
        }
    }

    @Test
    void offsetsMayGoDownOrBeMinusOne() {
        StepLog log = new StepLog();
        long[] offsets = {-1, -1, 500, 20, Long.MAX_VALUE / 2, 0};
        for (long o : offsets) {
            log.add(5, 2, o);
        }
        StepLog.Reader in = log.reader(0);
        for (long o : offsets) {
            assertTrue(in.next());
            assertEquals(o, in.offset);
        }
    }

    @Test
    void aStepOnTheSameLineTakesFourBytesAndTheNextLineFive() {
        StepLog log = new StepLog();
        log.add(1, 3, 0);
        assertEquals(4, log.stagedBytes(), "block 2 + event 1 + offset delta 0 in 1");
        log.add(1, 3, 141);
        assertEquals(9, log.stagedBytes(), "a 141-byte line: the delta takes 2 bytes");
        log.add(1, 300, 141);
        assertEquals(9 + 2 + 2 + 1, log.stagedBytes(), "event 300: the escape byte and a 1-byte varint");
        assertEquals(4096, log.allocatedBytes(), "one small page");
        StepLog.Reader in = log.reader(0);
        assertTrue(in.next());
        assertTrue(in.next());
        assertEquals(141, in.offset);
    }

    @Test
    void releasedRangesFreeTheirPages() {
        StepLog log = new StepLog();
        for (int i = 0; i < 100_000; i++) {
            log.add(i % 3 == 0 ? StepLog.RANGE + 1 : 2, 1, i * 100L);
        }
        long held = log.allocatedBytes();
        log.release(0);
        assertTrue(log.allocatedBytes() < held / 2, log.allocatedBytes() + " of " + held);
        assertEquals(33_334, log.steps(1));
    }

    @Test
    void negativeEventsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StepLog().add(0, -1, 0));
    }
}
