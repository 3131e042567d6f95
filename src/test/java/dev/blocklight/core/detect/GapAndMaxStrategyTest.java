// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The label-free defaults: the widest gap in the upper half of the training scores, and just above their maximum. */
class GapAndMaxStrategyTest {
    /** 970 normal-looking scores in [0, 3) and 30 lifted by a count term to [12, 20). */
    static float[] lifted(long seed) {
        Random r = new Random(seed);
        float[] s = new float[1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = i < 970 ? (float) (3 * r.nextDouble() * r.nextDouble()) : 12 + 8 * r.nextFloat();
        }
        return s;
    }

    @Test
    void theGapSplitsTheLiftedBlocksFromTheRest() {
        float[] s = lifted(1);
        Threshold t = ThresholdSpecs.parse("gap").choose(ScoreIndex.of(s, s, null));
        assertTrue(t.value() > 3 && t.value() < 12, "between the groups: " + t.value());
        assertEquals(30, ScoreIndex.of(s, s, null).scores().countAbove(t.value()));
        assertEquals("gap", t.spec());
        assertTrue(t.rationale().contains("widest gap"), t.rationale());
    }

    @Test
    void aFewOutliersAtTheTopDoNotPullTheGapUp() {
        float[] s = java.util.Arrays.copyOf(lifted(3), 1002);
        s[1000] = 26;
        s[1001] = 33;
        Threshold t = ThresholdSpecs.parse("gap").choose(ScoreIndex.of(s, s, null));
        assertTrue(t.value() > 3 && t.value() < 12, "the group's gap, not the outliers' (20 to 26 to 33): " + t.value());
    }

    @Test
    void maxFlagsNothingOfItsTrainingScoresAndAnythingAbove() {
        float[] s = lifted(2);
        Threshold t = ThresholdSpecs.parse("max").choose(ScoreIndex.of(s, s, null));
        SortedScores sorted = SortedScores.of(s);
        assertEquals(0, sorted.countAbove(t.value()));
        assertEquals(sorted.max() + MaxStrategy.MARGIN, t.value(), 1e-9);
        assertEquals("max", t.spec());
    }

    @Test
    void neitherTakesAValue() {
        for (String spec : new String[] {"gap:1", "max:2"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ThresholdSpecs.parse(spec));
            assertTrue(e.getMessage().contains("takes no value"), e.getMessage());
        }
    }
}
