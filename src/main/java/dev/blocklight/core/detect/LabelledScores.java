// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The scores of the labelled blocks, split into anomalies and normals and sorted, so that the
 * confusion counts at any threshold take two binary searches. Also the threshold-free metrics:
 * ROC-AUC and average precision, with tied scores handled as one threshold step.
 */
public final class LabelledScores {
    private final SortedScores positives;
    private final SortedScores negatives;

    private LabelledScores(SortedScores positives, SortedScores negatives) {
        this.positives = positives;
        this.negatives = negatives;
    }

    /**
     * Splits {@code scores} by {@code labels} (1 anomaly, 0 normal, -1 unknown, as
     * {@code Labels.of}); null when no block is labelled.
     */
    public static LabelledScores of(float[] scores, byte[] labels) {
        if (labels == null) {
            return null;
        }
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("labels for " + labels.length + " blocks but scores for " + scores.length);
        }
        int pos = 0;
        int neg = 0;
        for (byte l : labels) {
            pos += l == 1 ? 1 : 0;
            neg += l == 0 ? 1 : 0;
        }
        if (pos + neg == 0) {
            return null;
        }
        float[] p = new float[pos];
        float[] n = new float[neg];
        pos = 0;
        neg = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == 1) {
                p[pos++] = scores[i];
            } else if (labels[i] == 0) {
                n[neg++] = scores[i];
            }
        }
        return new LabelledScores(SortedScores.of(p), SortedScores.of(n));
    }

    public SortedScores positives() {
        return positives;
    }

    public SortedScores negatives() {
        return negatives;
    }

    public int size() {
        return positives.size() + negatives.size();
    }

    /** Share of anomalies among the labelled blocks. */
    public double anomalyRate() {
        return (double) positives.size() / size();
    }

    /** Confusion counts when blocks scoring strictly above {@code t} are flagged; O(log n). */
    public Confusion at(double t) {
        int tp = positives.countAbove(t);
        int fp = negatives.countAbove(t);
        return new Confusion(tp, fp, positives.size() - tp, negatives.size() - fp);
    }

    /**
     * ROC-AUC as the Mann-Whitney statistic: the chance that a random anomaly scores above a random
     * normal block, ties counting one half. NaN without both classes.
     */
    public double rocAuc() {
        int np = positives.size();
        int nn = negatives.size();
        if (np == 0 || nn == 0) {
            return Double.NaN;
        }
        double wins = 0;
        int below = 0; // negatives strictly below the current positive score
        int i = 0;
        while (i < np) {
            float s = positives.get(i);
            int j = i;
            while (j < np && positives.get(j) == s) {
                j++;
            }
            while (below < nn && negatives.get(below) < s) {
                below++;
            }
            int equal = below;
            while (equal < nn && negatives.get(equal) == s) {
                equal++;
            }
            wins += (j - i) * (below + 0.5 * (equal - below));
            i = j;
        }
        return wins / ((double) np * nn);
    }

    /**
     * Average precision: the sum over distinct score thresholds, from the top, of the recall gained
     * times the precision there (a tie group enters as one step, as scikit-learn does). NaN without
     * anomalies.
     */
    public double averagePrecision() {
        Sweep sweep = new Sweep();
        double ap = 0;
        double lastRecall = 0;
        while (sweep.next()) {
            Confusion c = sweep.confusion();
            ap += (c.recall() - lastRecall) * c.precision();
            lastRecall = c.recall();
        }
        return positives.size() == 0 ? Double.NaN : ap;
    }

    /**
     * The threshold with the best F1: a short decimal between the lowest flagged score of the best
     * cut and the next lower score.
     * Ties in F1 go to the higher threshold. Requires at least one anomaly.
     */
    public BestF1 bestF1() {
        if (positives.size() == 0) {
            throw new IllegalStateException("best F1 needs at least one labelled anomaly");
        }
        Sweep sweep = new Sweep();
        double bestF1 = -1;
        float bestScore = Float.NaN;
        while (sweep.next()) {
            double f1 = sweep.confusion().f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                bestScore = sweep.score;
            }
        }
        double below = Math.max(highestBelow(positives, bestScore), highestBelow(negatives, bestScore));
        double t = below == Double.NEGATIVE_INFINITY ? Math.nextDown((double) bestScore)
                : SortedScores.midpoint((float) below, bestScore);
        return new BestF1(t, at(t));
    }

    private static double highestBelow(SortedScores s, float score) {
        int i = s.firstAtOrAbove(score);
        return i == 0 ? Double.NEGATIVE_INFINITY : s.get(i - 1);
    }

    /** The best-F1 cut: its threshold and the confusion counts there. */
    public record BestF1(double threshold, Confusion confusion) {
    }

    /** Every point of the precision-recall curve, highest score first (see {@link PrCurve}). */
    List<PrCurve.Point> prCurve() {
        Sweep sweep = new Sweep();
        List<PrCurve.Point> out = new ArrayList<>();
        while (sweep.next()) {
            Confusion c = sweep.confusion();
            out.add(new PrCurve.Point(sweep.score, c.precision(), c.recall()));
        }
        return out;
    }

    /** Walks the distinct scores from the highest down, flagging each tie group in one step. */
    private final class Sweep {
        private int p = positives.size();
        private int n = negatives.size();
        float score;

        boolean next() {
            if (p == 0 && n == 0) {
                return false;
            }
            float top = Float.NEGATIVE_INFINITY;
            if (p > 0) {
                top = positives.get(p - 1);
            }
            if (n > 0 && negatives.get(n - 1) > top) {
                top = negatives.get(n - 1);
            }
            while (p > 0 && positives.get(p - 1) == top) {
                p--;
            }
            while (n > 0 && negatives.get(n - 1) == top) {
                n--;
            }
            score = top;
            return true;
        }

        /** Counts when every block at or above the current score is flagged. */
        Confusion confusion() {
            int tp = positives.size() - p;
            int fp = negatives.size() - n;
            return new Confusion(tp, fp, positives.size() - tp, negatives.size() - fp);
        }
    }
}
