// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSlicesTest {

    @Test
    void ratesPerSlice() {
        float[] scores = {0.9f, 0.1f, 0.8f, 0.7f, 0.2f, 0.95f};
        long[] times = {100, 110, 120, 130, 140, ScoredBlocks.NO_TIME};
        // span 100..140 in 2 slices of 21 s: [100, 121) holds 0.9 0.1 0.8, [121, 142) holds 0.7 0.2
        List<TimeSlices.Slice> s = TimeSlices.of(scores, times, 0.5, 2);
        assertEquals(List.of(new TimeSlices.Slice(100, 121, 3, 2), new TimeSlices.Slice(121, 142, 2, 1)), s);
        assertEquals(2.0 / 3, s.get(0).rate(), 1e-12);
    }

    @Test
    void noTimesNoSlices() {
        assertTrue(TimeSlices.of(new float[] {1}, new long[] {ScoredBlocks.NO_TIME}, 0.5, 4).isEmpty());
    }

    @Test
    void oneInstantFitsOneSlice() {
        List<TimeSlices.Slice> s = TimeSlices.of(new float[] {1, 0}, new long[] {50, 50}, 0.5, 3);
        assertEquals(new TimeSlices.Slice(50, 51, 2, 1), s.get(0));
        assertEquals(0, s.get(2).blocks());
        assertTrue(Double.isNaN(s.get(2).rate()));
    }
}
