// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Strategies on a mixture whose truth is known: training = 100k normal blocks, log-normal with
 * median 0.15 and s 0.25; the scored log = 97k such blocks plus 3k anomalies around 2.0.
 */
class ThresholdStrategiesTest {
    private static final float[] TRAINING = Synthetic.lognormal(100_000, 0.15, 0.25, 11);
    private static final float[] LOG = Synthetic.mixture(97_000, 3_000, 2.0, 12);
    private static final byte[] LABELS = Synthetic.mixtureLabels(97_000, 3_000);
    private final ScoreIndex index = ScoreIndex.of(TRAINING, LOG, null);

    /** Quantile p of the training body in closed form: 0.15·exp(0.25·z_p). */
    private static double bodyQuantile(double z) {
        return 0.15 * Math.exp(0.25 * z);
    }

    @Test
    void rateFlagsThatShare() {
        Threshold t = new RateStrategy(0.03).choose(index);
        assertEquals(3_000, index.scores().countAbove(t.value()));
        assertTrue(t.rationale().contains("top 3.0%"), t.rationale());
    }

    @Test
    void potThresholdLiesAboveTheNormalBody() {
        Threshold t = new PotStrategy(1e-4).choose(index);
        // z for 1 - 1e-4 is 3.719: the body's own 1e-4 quantile is 0.380
        assertEquals(bodyQuantile(3.719), t.value(), 0.06);
        assertTrue(t.value() > bodyQuantile(3.090), "above the body's 99.9th percentile: " + t.value());
        double rate = index.scores().rateAbove(t.value());
        assertTrue(rate > 0.0299 && rate < 0.0305, "flags the 3% anomalies and few normals: " + rate);
        assertTrue(t.rationale().startsWith("GPD tail"), t.rationale());
        assertTrue(t.rationale().contains("2,000 training scores above"), t.rationale());
    }

    @Test
    void percentileOfTraining() {
        Threshold t = new PercentileStrategy(99.5).choose(index);
        assertEquals(bodyQuantile(2.576), t.value(), 0.01);
        assertEquals(0.005, index.training().rateAbove(t.value()), 1e-4);
    }

    @Test
    void sigmaOfTraining() {
        // log-normal mean m·e^(s²/2) = 0.1547, sd = mean·sqrt(e^(s²) - 1) = 0.0391
        Threshold t = new SigmaStrategy(3).choose(index);
        assertEquals(0.1547 + 3 * 0.0391, t.value(), 0.003);
    }

    @Test
    void staticIgnoresTheScores() {
        Threshold t = new StaticStrategy(0.35).choose(index);
        assertEquals(0.35, t.value());
        assertEquals("static", t.kind());
    }

    @Test
    void bestF1SeparatesTheMixture() {
        ScoreIndex labelled = ScoreIndex.of(TRAINING, LOG, LABELS);
        Threshold t = new BestF1Strategy().choose(labelled);
        double f1 = labelled.labelled().orElseThrow().at(t.value()).f1();
        assertTrue(f1 > 0.999, "the two groups barely overlap: F1 " + f1);
        assertTrue(t.value() > bodyQuantile(3.0) && t.value() < 1.2, "between the groups: " + t.value());
    }

    @Test
    void strategiesNeedingTrainingSayWhat() {
        ScoreIndex noTraining = ScoreIndex.of(null, LOG, null);
        for (ThresholdStrategy s : new ThresholdStrategy[] {new PercentileStrategy(99), new SigmaStrategy(3),
            new PotStrategy(1e-4)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.choose(noTraining));
            assertTrue(e.getMessage().contains("training scores"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new BestF1Strategy().choose(noTraining));
        assertTrue(e.getMessage().contains("labels"), e.getMessage());
    }

    @Test
    void potNeedsEnoughPeaksAndASmallRisk() {
        ScoreIndex small = ScoreIndex.of(Synthetic.lognormal(100, 0.15, 0.25, 1), LOG, null);
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
            () -> new PotStrategy(1e-4).choose(small));
        assertTrue(few.getMessage().contains("at least 10"), few.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
            () -> new PotStrategy(0.05).choose(index));
        assertTrue(big.getMessage().contains("below the tail share"), big.getMessage());
    }
}
