// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PR curve against a small example worked out by hand, and against the confusion counts and AP. */
class PrCurveTest {
    // anomalies 0.9 0.8 0.4; normals 0.7 0.4 0.2 0.1; one unlabelled block at 0.95 that must be ignored
    private final LabelledScores l = LabelledScores.of(new float[] {0.9f, 0.7f, 0.8f, 0.4f, 0.4f, 0.2f, 0.95f, 0.1f},
            new byte[] {1, 0, 1, 1, 0, 0, -1, 0});

    @Test
    void onePointPerDistinctScoreFromTheTop() {
        List<PrCurve.Point> c = PrCurve.of(l);
        // 0.9: 1/1, R 1/3; 0.8: 2/2, R 2/3; 0.7: 2/3, R 2/3; 0.4 (tie of an anomaly and a normal): 3/5, R 1;
        // 0.2: 3/6, R 1; 0.1: 3/7, R 1
        double[][] expected = {{0.9, 1, 1.0 / 3}, {0.8, 1, 2.0 / 3}, {0.7, 2.0 / 3, 2.0 / 3}, {0.4, 0.6, 1},
            {0.2, 0.5, 1}, {0.1, 3.0 / 7, 1}};
        assertEquals(expected.length, c.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], c.get(i).score(), 1e-6, "score of point " + i);
            assertEquals(expected[i][1], c.get(i).precision(), 1e-12, "precision of point " + i);
            assertEquals(expected[i][2], c.get(i).recall(), 1e-12, "recall of point " + i);
        }
    }

    @Test
    void agreesWithTheConfusionCountsAndTheAveragePrecisionOnRandomScores() {
        Random r = new Random(7);
        int n = 3000;
        float[] scores = new float[n];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (r.nextDouble() < 0.1 ? 1 : r.nextDouble() < 0.05 ? -1 : 0);
            scores[i] = Math.round((float) (r.nextGaussian() + (labels[i] == 1 ? 1.5 : 0)) * 50) / 50f; // ties
        }
        LabelledScores ls = LabelledScores.of(scores, labels);
        List<PrCurve.Point> c = PrCurve.of(ls);
        double ap = 0;
        double lastRecall = 0;
        for (PrCurve.Point p : c) {
            Confusion at = ls.at(Math.nextDown(p.score())); // flags every block at or above the point's score
            assertEquals(at.precision(), p.precision(), 1e-12);
            assertEquals(at.recall(), p.recall(), 1e-12);
            ap += (p.recall() - lastRecall) * p.precision();
            lastRecall = p.recall();
        }
        assertEquals(ls.averagePrecision(), ap, 1e-9);
        assertEquals(1.0, c.get(c.size() - 1).recall(), 1e-12, "the last point flags everything");
    }

    @Test
    void thinningKeepsBothEndsAndAtMostMaxPoints() {
        List<PrCurve.Point> c = PrCurve.of(l);
        List<PrCurve.Point> t = PrCurve.thinned(c, 3);
        assertEquals(List.of(c.get(0), c.get(3), c.get(5)), t); // round(0), round(2.5) = 3, round(5)
        assertEquals(c, PrCurve.thinned(c, 100));
        assertThrows(IllegalArgumentException.class, () -> PrCurve.thinned(c, 1));
    }
}
