// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SortedScoresTest {
    private final SortedScores s = SortedScores.of(new float[] {5, 1, 3, 3, 2, 3, 4});

    @Test
    void countsStrictlyAbove() {
        // sorted: 1 2 3 3 3 4 5
        assertEquals(7, s.countAbove(0.5));
        assertEquals(5, s.countAbove(2.5)); // 3 3 3 4 5
        assertEquals(2, s.countAbove(3)); // 4 and 5: a score equal to the threshold is not flagged
        assertEquals(0, s.countAbove(5));
        assertEquals(2, s.firstAtOrAbove(3));
        assertEquals(5, s.firstAbove(3));
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        assertEquals(3.0, s.median(), 1e-12);
        assertEquals(1.0, s.quantile(0), 1e-12);
        assertEquals(5.0, s.quantile(1), 1e-12);
        // h = 6 * 0.9 = 5.4: 4 + 0.4 * (5 - 4)
        assertEquals(4.4, s.quantile(0.9), 1e-9);
        SortedScores even = SortedScores.of(new float[] {1, 2, 3, 4});
        assertEquals(2.5, even.median(), 1e-12);
    }

    @Test
    void meanAndPopulationStd() {
        SortedScores t = SortedScores.of(new float[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5.0, t.mean(), 1e-12);
        assertEquals(2.0, t.std(), 1e-12);
    }

    @Test
    void thresholdFlaggingPicksMidpointsAndNearestTieSide() {
        assertEquals(4.5, s.thresholdFlagging(1), 1e-12);
        assertEquals(3.5, s.thresholdFlagging(2), 1e-12);
        // 3 blocks wanted, the tie group of three 3s sits at the cut: 2 (without) is nearer than 5 (with)
        assertEquals(2, s.countAbove(s.thresholdFlagging(3)));
        // 4 blocks wanted: 5 (with the ties, 1 off) beats 2 (2 off)
        assertEquals(5, s.countAbove(s.thresholdFlagging(4)));
        assertEquals(7, s.countAbove(s.thresholdFlagging(7)));
        assertEquals(0, s.countAbove(s.thresholdFlagging(0)));
    }

    @Test
    void thresholdsBetweenScoresPrintShort() {
        assertEquals(0.35, SortedScores.midpoint(0.3f, 0.4f));
        assertEquals(0.125, SortedScores.midpoint(0.12f, 0.13f));
        float lo = 0.125f;
        float hi = Math.nextUp(lo);
        double t = SortedScores.midpoint(lo, hi);
        assertTrue(t > lo && t < hi, "strictly between adjacent floats: " + t);
        SortedScores inf = SortedScores.of(new float[] {1, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY});
        assertEquals(1, inf.countAbove(inf.thresholdFlagging(1)));
        assertEquals(2, inf.countAbove(inf.thresholdFlagging(2)));
        // a score of -∞ is above no threshold
        assertEquals(2, inf.countAbove(inf.thresholdFlagging(3)));
    }

    @Test
    void rejectsNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SortedScores.of(new float[] {1, Float.NaN}));
        assertTrue(e.getMessage().contains("score 1 is NaN"), e.getMessage());
    }
}
