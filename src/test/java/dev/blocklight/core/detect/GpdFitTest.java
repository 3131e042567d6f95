// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The MLE recovers the parameters that generated the samples (standard errors about 0.01 here). */
class GpdFitTest {

    @Test
    void heavyTail() {
        GpdFit f = GpdFit.fit(Synthetic.gpd(20_000, 0.2, 1.0, 1));
        assertEquals(0.2, f.gamma(), 0.04);
        assertEquals(1.0, f.sigma(), 0.05);
    }

    @Test
    void boundedTail() {
        GpdFit f = GpdFit.fit(Synthetic.gpd(20_000, -0.2, 0.5, 2));
        assertEquals(-0.2, f.gamma(), 0.04);
        assertEquals(0.5, f.sigma(), 0.025);
    }

    @Test
    void exponentialTail() {
        GpdFit f = GpdFit.fit(Synthetic.gpd(20_000, 0, 2.0, 3));
        assertEquals(0.0, f.gamma(), 0.03);
        assertEquals(2.0, f.sigma(), 0.08);
    }

    @Test
    void quantileOfAnExactFit() {
        // γ 0.5, σ 1: P(Y > y) = (1 + y/2)^-2; with every observation a peak, q = 0.01 gives y = 2(10 - 1) = 18
        GpdFit f = new GpdFit(0.5, 1, 0);
        assertEquals(18.0, f.excessQuantile(0.01, 1), 1e-9);
        assertEquals(0.01, f.survival(18.0), 1e-12);
        // exponential with σ 2, a tail share of 0.1: q = 0.001 is 1% of the tail, y = -2 ln 0.01
        assertEquals(-2 * Math.log(0.01), new GpdFit(0, 2, 0).excessQuantile(0.001, 0.1), 1e-9);
    }

    @Test
    void potOnExponentialScoresFindsTheTrueQuantile() {
        // Exp(1) scores: P(X > z) = e^-z, so the 1e-4 risk is at z = ln(10^4) = 9.21
        Random r = new Random(4);
        float[] training = new float[200_000];
        for (int i = 0; i < training.length; i++) {
            training[i] = (float) -Math.log1p(-r.nextDouble());
        }
        ScoreIndex index = ScoreIndex.of(training, new float[] {1}, null);
        Threshold t = new PotStrategy(1e-4).choose(index);
        assertEquals(Math.log(1e4), t.value(), 0.6);
    }

    @Test
    void rejectsNonPositivePeaks() {
        assertThrows(IllegalArgumentException.class, () -> GpdFit.fit(new double[] {1, 0}));
    }
}
