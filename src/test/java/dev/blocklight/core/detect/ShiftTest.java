// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiftTest {

    private static Shift shift(float[] a, float[] b) {
        return Shift.between(SortedScores.of(a), SortedScores.of(b));
    }

    @Test
    void overlappingSamples() {
        // ECDFs of {1,2,3,4} and {3,4,5,6}: at 2 they are 1/2 and 0, at 3 3/4 and 1/4, at 4 1 and 1/2: KS 1/2
        Shift s = shift(new float[] {1, 2, 3, 4}, new float[] {3, 4, 5, 6});
        assertEquals(0.5, s.ks(), 1e-12);
        assertEquals(2.5, s.trainingMedian(), 1e-12);
        assertEquals(4.5, s.logMedian(), 1e-12);
        assertEquals(1.8, s.medianRatio(), 1e-12);
        assertTrue(s.isLarge()); // KS reaches 0.5
    }

    @Test
    void identicalAndDisjoint() {
        Shift same = shift(new float[] {1, 2, 2, 3}, new float[] {3, 2, 1, 2});
        assertEquals(0.0, same.ks(), 1e-12);
        assertFalse(same.isLarge());
        Shift apart = shift(new float[] {1, 2}, new float[] {10, 20, 30});
        assertEquals(1.0, apart.ks(), 1e-12);
        assertEquals(20 / 1.5, apart.medianRatio(), 1e-12);
        assertTrue(apart.isUpward());
    }

    @Test
    void tiesAcrossSamples() {
        // {1,1,2} vs {1,2,2}: after 1: 2/3 vs 1/3; after 2: 1 vs 1: KS 1/3
        assertEquals(1.0 / 3, shift(new float[] {1, 1, 2}, new float[] {1, 2, 2}).ks(), 1e-12);
    }
}
