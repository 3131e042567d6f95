// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Metrics against small examples worked out by hand in the comments. */
class LabelledScoresTest {
    // anomalies 0.9 0.8 0.4; normals 0.7 0.4 0.2 0.1; one unlabelled block at 0.95 that must be ignored
    private final float[] scores = {0.9f, 0.7f, 0.8f, 0.4f, 0.4f, 0.2f, 0.95f, 0.1f};
    private final byte[] labels = {1, 0, 1, 1, 0, 0, -1, 0};
    private final LabelledScores l = LabelledScores.of(scores, labels);

    @Test
    void confusionAtThreshold() {
        // above 0.5: 0.9 0.8 (anomalies) and 0.7 (normal)
        Confusion c = l.at(0.5);
        assertEquals(new Confusion(2, 1, 1, 3), c);
        assertEquals(2.0 / 3, c.precision(), 1e-12);
        assertEquals(2.0 / 3, c.recall(), 1e-12);
        assertEquals(2.0 / 3, c.f1(), 1e-12);
        // a threshold equal to the tied score 0.4 flags neither 0.4 block
        assertEquals(new Confusion(2, 1, 1, 3), l.at(0.4f));
        assertEquals(new Confusion(3, 2, 0, 2), l.at(0.3));
    }

    @Test
    void rocAucCountsTiesAsHalf() {
        // pairs (anomaly, normal) = 3 x 4 = 12: 0.9 beats 4, 0.8 beats 4, 0.4 beats 0.2 and 0.1 and ties 0.4
        assertEquals((4 + 4 + 2 + 0.5) / 12, l.rocAuc(), 1e-12);
    }

    @Test
    void averagePrecisionStepsOverTieGroups() {
        // from the top: 0.9 (P 1, R 1/3), 0.8 (P 1, R 2/3), 0.7 (P 2/3, R 2/3: no recall gained),
        // 0.4 tie group of one anomaly and one normal (P 3/5, R 1): AP = 1/3 + 1/3 + 1/3 * 3/5
        assertEquals(1.0 / 3 + 1.0 / 3 + 0.2, l.averagePrecision(), 1e-12);
    }

    @Test
    void bestF1() {
        // F1 per cut: >=0.9: 1/2; >=0.8: 4/5; >=0.7: 2/3; >=0.4: 3/4; >=0.2: 2/3; >=0.1: 3/5
        LabelledScores.BestF1 best = l.bestF1();
        assertEquals(0.8, best.confusion().f1(), 1e-12);
        assertEquals(new Confusion(2, 0, 1, 4), best.confusion());
        assertTrue(best.threshold() >= 0.7 && best.threshold() < 0.8, "threshold " + best.threshold());
    }

    @Test
    void allTiedScoresGiveChanceLevel() {
        LabelledScores tied = LabelledScores.of(new float[] {1, 1, 1, 1}, new byte[] {1, 0, 0, 1});
        assertEquals(0.5, tied.rocAuc(), 1e-12);
        // a single step to recall 1 at precision 1/2
        assertEquals(0.5, tied.averagePrecision(), 1e-12);
    }

    @Test
    void perfectSeparation() {
        LabelledScores p = LabelledScores.of(new float[] {3, 1, 2, 0}, new byte[] {1, 0, 1, 0});
        assertEquals(1.0, p.rocAuc(), 1e-12);
        assertEquals(1.0, p.averagePrecision(), 1e-12);
        assertEquals(1.0, p.bestF1().confusion().f1(), 1e-12);
        assertEquals(1.5, p.bestF1().threshold(), 1e-12);
    }

    @Test
    void reversedScoresGiveZeroAuc() {
        LabelledScores r = LabelledScores.of(new float[] {0, 1, 2, 3}, new byte[] {1, 1, 0, 0});
        assertEquals(0.0, r.rocAuc(), 1e-12);
        // from the top: 3 and 2 are normals (R 0), then 1 (P 1/3, R 1/2), then 0 (P 2/4, R 1)
        assertEquals(0.5 * (1.0 / 3) + 0.5 * 0.5, r.averagePrecision(), 1e-12);
    }

    @Test
    void noLabelledBlockMeansNoMetrics() {
        assertNull(LabelledScores.of(new float[] {1, 2}, new byte[] {-1, -1}));
        assertNull(LabelledScores.of(new float[] {1, 2}, null));
    }
}
