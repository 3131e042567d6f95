// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.Human;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagnosticianTest {

    /** 1001 scores median·exp(s·z), z at evenly spaced normal-like points, so the median is exact. */
    private static float[] around(double median, double s) {
        float[] out = new float[1001];
        for (int i = 0; i < out.length; i++) {
            double z = (i - 500) / 160.0;
            out[i] = (float) (median * Math.exp(s * z));
        }
        return out;
    }

    @Test
    void namesTheClassicMismatch() {
        // a model trained on a small sample scores around 0.16; this log scores around 8.0 (50x)
        float[] log = around(8.0, 0.3);
        log[0] = 0.1f; // one block stays below the threshold
        Arrays.sort(log);
        ScoreIndex idx = ScoreIndex.of(around(0.16, 0.2), log, null);
        Diagnosis d = new Diagnostician(idx).diagnose(new StaticStrategy(0.35));
        assertEquals(1000, d.flagged());
        assertEquals("static threshold 0.35 flags 99.9% of blocks; training median 0.16, this log's median 8.0 "
                + "(50× shift): the model or the vocabulary does not match this log", d.headline());
        assertEquals(Diagnosis.ExpectedRate.TRAINING, d.expected().source());
        assertEquals(1, d.findings().size(), "the shift is named once: " + d.findings());
    }

    @Test
    void flagsNothing() {
        ScoreIndex idx = ScoreIndex.of(around(0.16, 0.2), around(0.16, 0.2), null);
        Diagnosis d = new Diagnostician(idx).diagnose(Threshold.manual(5));
        assertEquals(0, d.flagged());
        assertTrue(d.headline().startsWith("manual threshold 5.0 flags no block: the highest score, "),
            d.headline());
    }

    @Test
    void flagsNothingBecauseTheLogScoresLower() {
        ScoreIndex idx = ScoreIndex.of(around(8.0, 0.2), around(0.16, 0.2), null);
        Diagnosis d = new Diagnostician(idx).diagnose(new StaticStrategy(5));
        assertTrue(d.headline().contains("(50× lower): the model or the vocabulary does not match this log"),
            d.headline());
    }

    @Test
    void flagsFarMoreThanLabelled() {
        float[] log = Synthetic.mixture(97_000, 3_000, 2.0, 5);
        ScoreIndex idx = ScoreIndex.of(null, log, Synthetic.mixtureLabels(97_000, 3_000));
        Diagnosis d = new Diagnostician(idx).diagnose(new RateStrategy(0.2));
        assertEquals(20_000, d.flagged());
        assertEquals("rate threshold " + Human.number(d.threshold().value()) + " flags 20.0% of blocks, far more than the "
                + "3.0% labelled as anomalies: the threshold is too low for this log", d.headline());
        assertEquals(Diagnosis.ExpectedRate.LABELS, d.expected().source());
        assertEquals(0.03, d.expected().rate(), 1e-12);
        assertNull(d.shift());
        // 3,000 anomalies all flagged, 17,000 normals too
        assertEquals(new Confusion(3_000, 17_000, 0, 80_000), d.confusion());
        assertEquals("against the labels: precision 0.15, recall 1.0, F1 0.261 (3,000 of 3,000 anomalies found, "
                + "17,000 false alarms)", d.findings().get(1));
    }

    @Test
    void flagsFarFewerThanLabelled() {
        float[] log = Synthetic.mixture(97_000, 3_000, 2.0, 5);
        ScoreIndex idx = ScoreIndex.of(null, log, Synthetic.mixtureLabels(97_000, 3_000));
        Diagnosis d = new Diagnostician(idx).diagnose(new RateStrategy(0.001));
        assertTrue(d.headline().contains("flags only 100 blocks (0.1%), far fewer than the 3.0% labelled"),
            d.headline());
    }

    @Test
    void plausibleThresholdGetsAPlainSummary() {
        float[] training = Synthetic.lognormal(100_000, 0.15, 0.25, 11);
        float[] log = Synthetic.mixture(97_000, 3_000, 2.0, 12);
        Diagnosis d = new Diagnostician(ScoreIndex.of(training, log, null)).diagnose(new StaticStrategy(1.0));
        assertEquals(3_000, d.flagged(), "every anomaly and no normal block is above 1.0");
        assertEquals("static threshold 1.0 flags 3,000 of 100,000 blocks (3.0%); on the training scores it would flag 0%",
            d.headline());
        assertEquals(1, d.findings().size(), d.findings().toString());
    }

    @Test
    void severityBandsOverFlaggedQuantiles() {
        float[] log = new float[100];
        for (int i = 0; i < 100; i++) {
            log[i] = i + 1;
        }
        ScoreIndex idx = ScoreIndex.of(null, log, null);
        // above 60: scores 61..100. Minor from the 50% flagged quantile (81), major from 80% (93),
        // critical from 95% (99)
        SeverityBands b = new Diagnostician(idx).diagnose(Threshold.manual(60)).bands();
        assertEquals(81, b.minorFrom(), 0);
        assertEquals(93, b.majorFrom(), 0);
        assertEquals(99, b.criticalFrom(), 0);
        assertEquals(60, b.count(Severity.NONE));
        assertEquals(20, b.count(Severity.WARNING));
        assertEquals(12, b.count(Severity.MINOR));
        assertEquals(6, b.count(Severity.MAJOR));
        assertEquals(2, b.count(Severity.CRITICAL));
        assertEquals(Severity.NONE, b.of(60));
        assertEquals(Severity.WARNING, b.of(60.5));
        assertEquals(Severity.CRITICAL, b.of(1000));
    }

    @Test
    void eventContributionsFollowTheThreshold() {
        ArrayBlocks blocks = new ArrayBlocks(new String[] {"a", "b", "c"}, new float[] {0.9f, 0.8f, 0.1f},
            new int[][] {{1, 2}, {2}, {3}}, null, null, null);
        Diagnostician diag = new Diagnostician(ScoreIndex.of(null, blocks.scores(), null),
            EventContributionIndex.build(blocks));
        assertEquals(2, diag.diagnose(Threshold.manual(0.5)).topEvents().get(0).event());
        assertEquals(3, diag.diagnose(Threshold.manual(0.0)).topEvents().size());
    }

    @Test
    void emptyLogSaysSo() {
        Diagnosis d = new Diagnostician(ScoreIndex.of(null, new float[0], null)).diagnose(Threshold.manual(1));
        assertEquals(0, d.blocks());
        assertEquals("the log has no scored blocks", d.headline());
        assertTrue(Double.isNaN(d.rate()));
    }
}
