// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The test-local ranking metrics, on rankings worked out by hand. */
class RankingTest {

    @Test
    void averagePrecisionAndBestF1ByHand() {
        float[] scores = {0.9f, 0.8f, 0.7f, 0.6f};
        boolean[] positive = {true, false, true, false};
        assertEquals((1.0 + 2.0 / 3) / 2, Ranking.averagePrecision(scores, positive), 1e-12);
        assertEquals(0.8, Ranking.bestF1(scores, positive), 1e-12, "top 3: precision 2/3, recall 1");
        assertEquals(1, Ranking.positivesInTop(scores, positive, 2));
    }

    @Test
    void tiesCountAsOneThreshold() {
        float[] scores = {1f, 1f, 1f, 1f};
        boolean[] positive = {false, false, false, true};
        assertEquals(0.25, Ranking.averagePrecision(scores, positive), 1e-12, "order inside a tie cannot help");
        assertEquals(0.4, Ranking.bestF1(scores, positive), 1e-12);
    }
}
