// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.detect.SeverityBands;
import dev.blocklight.core.detect.SortedScores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The score-ordered ranges hold exactly the blocks a plain test of every block would keep. */
class ByScoreTest {
    @Test
    void rangesMatchAFullScanAtManyThresholdsWithTies() {
        Random r = new Random(3);
        float[] scores = new float[5000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.round((float) Math.exp(r.nextGaussian()) * 20) / 20f; // many ties
        }
        SortedScores sorted = SortedScores.of(scores);
        ByScore by = ByScore.of(scores, sorted);
        for (double q : new double[] {0, 0.5, 0.9, 0.97, 0.999, 1}) {
            double t = sorted.quantile(q);
            assertEquals(scan(scores, i -> scores[i] > t), new HashSet<>(by.above(t)), "flagged at " + t);
            SeverityBands bands = SeverityBands.of(sorted, t);
            for (Severity s : Severity.values()) {
                List<Integer> band = by.band(bands, s);
                assertEquals(scan(scores, i -> bands.of(scores[i]) == s), new HashSet<>(band), s + " at " + t);
                assertEquals(bands.count(s), band.size(), s + " count at " + t);
            }
        }
    }

    @Test
    void highestScoreFirst() {
        float[] scores = {0.2f, 0.9f, 0.5f, 0.9f, 0.1f};
        List<Integer> top = ByScore.of(scores, SortedScores.of(scores)).above(0.15);
        assertEquals(4, top.size());
        assertEquals(0.9f, scores[top.get(0)]);
        assertEquals(0.2f, scores[top.get(3)]);
    }

    private static HashSet<Integer> scan(float[] scores, java.util.function.IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return new HashSet<>(out);
    }
}
