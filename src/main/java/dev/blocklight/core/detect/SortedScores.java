// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Scores sorted ascending, with the order statistics the threshold code needs in O(1) or
 * O(log n). A block is flagged when its score is strictly above the threshold. Immutable.
 */
public final class SortedScores {
    private final float[] sorted;
    private final double mean;
    private final double std;

    private SortedScores(float[] sorted) {
        this.sorted = sorted;
        double sum = 0;
        for (float s : sorted) {
            sum += s;
        }
        this.mean = sorted.length == 0 ? Double.NaN : sum / sorted.length;
        double sq = 0;
        for (float s : sorted) {
            sq += (s - mean) * (s - mean);
        }
        this.std = sorted.length == 0 ? Double.NaN : Math.sqrt(sq / sorted.length);
    }

    /** Sorts a copy of the scores; rejects NaN, which only a broken model produces. */
    public static SortedScores of(float[] scores) {
        float[] copy = scores.clone();
        for (int i = 0; i < copy.length; i++) {
            if (Float.isNaN(copy[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN: the model produced an invalid score");
            }
        }
        Arrays.sort(copy);
        return new SortedScores(copy);
    }

    public int size() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /** The i-th smallest score. */
    public float get(int i) {
        return sorted[i];
    }

    public float min() {
        return sorted[0];
    }

    public float max() {
        return sorted[sorted.length - 1];
    }

    public double mean() {
        return mean;
    }

    /** Population standard deviation. */
    public double std() {
        return std;
    }

    /** Index of the first score strictly above {@code t} (the size when none is). */
    public int firstAbove(double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the first score at or above {@code t} (the size when none is). */
    public int firstAtOrAbove(double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Number of scores strictly above {@code t}: the blocks that threshold flags. */
    public int countAbove(double t) {
        return sorted.length - firstAbove(t);
    }

    /** Fraction of scores strictly above {@code t}; NaN when empty. */
    public double rateAbove(double t) {
        return sorted.length == 0 ? Double.NaN : (double) countAbove(t) / sorted.length;
    }

    /** Quantile with linear interpolation between order statistics (type 7, as numpy's default). */
    public double quantile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
    }

    public double median() {
        return quantile(0.5);
    }

    /**
     * A threshold that flags as close to {@code k} blocks as ties allow: a short decimal between the
     * k-th largest score and the next smaller distinct one (or the next larger, when that is closer).
     */
    public double thresholdFlagging(int k) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalStateException("no scores");
        }
        if (k <= 0) {
            return sorted[n - 1];
        }
        if (k >= n) {
            return Math.nextDown((double) sorted[0]);
        }
        float cut = sorted[n - k];
        int below = firstAtOrAbove(cut); // blocks under the tie group of the k-th largest
        int above = firstAbove(cut); // first block above the tie group
        int flagWithTies = n - below;
        int flagWithoutTies = n - above;
        if (flagWithTies - k <= k - flagWithoutTies) {
            return below == 0 ? Math.nextDown((double) cut) : midpoint(sorted[below - 1], cut);
        }
        return above == n ? cut : midpoint(cut, sorted[above]);
    }

    /**
     * The shortest decimal strictly between two different scores, so thresholds print short (0.35,
     * not 0.3499999940395355). It must also lie strictly between the scores as they print
     * ({@link Float#toString}), so that no flagged score reads as equal to the threshold.
     */
    static double midpoint(float lo, float hi) {
        if (Float.isInfinite(lo) || Float.isInfinite(hi)) {
            // beyond every finite float, yet finite: flags +∞ scores only, or all but -∞ ones
            return Float.isInfinite(hi) && hi > 0 ? Math.max(2.0 * Float.MAX_VALUE, Math.nextUp((double) lo))
                    : Math.min(-2.0 * Float.MAX_VALUE, Math.nextDown((double) hi));
        }
        double mid = ((double) lo + (double) hi) / 2;
        double loShown = Double.parseDouble(Float.toString(lo));
        double hiShown = Double.parseDouble(Float.toString(hi));
        for (int digits = 1; digits < 17; digits++) {
            double v = new BigDecimal(mid).round(new MathContext(digits)).doubleValue();
            if (v > lo && v < hi && v > loShown && v < hiShown) {
                return v;
            }
        }
        return mid;
    }
}
