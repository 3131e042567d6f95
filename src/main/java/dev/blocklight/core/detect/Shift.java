// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * How far the scored log's score distribution moved from the training scores: the ratio of the
 * medians and the two-sample Kolmogorov-Smirnov statistic (the largest gap between the two
 * empirical distribution functions, 0 for identical, 1 for disjoint). Computed once per log.
 */
public record Shift(double trainingMedian, double logMedian, double medianRatio, double ks) {
    /** A median ratio beyond this factor (either way) is a shift worth naming. */
    public static final double LARGE_RATIO = 3;
    /** A KS statistic at or above this is a shift worth naming. */
    public static final double LARGE_KS = 0.5;

    /** Compares two non-empty score sets in O(n + m). */
    public static Shift between(SortedScores training, SortedScores log) {
        double m0 = training.median();
        double m1 = log.median();
        double ratio = m0 == 0 ? (m1 == 0 ? 1 : Double.POSITIVE_INFINITY) : m1 / m0;
        return new Shift(m0, m1, ratio, ks(training, log));
    }

    static double ks(SortedScores a, SortedScores b) {
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.size() && j < b.size()) {
            float x = Math.min(a.get(i), b.get(j));
            while (i < a.size() && a.get(i) == x) {
                i++;
            }
            while (j < b.size() && b.get(j) == x) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.size() - (double) j / b.size()));
        }
        return d;
    }

    /** True when the medians differ by {@link #LARGE_RATIO} or more, or KS reaches {@link #LARGE_KS}. */
    public boolean isLarge() {
        return ks >= LARGE_KS || medianRatio >= LARGE_RATIO || medianRatio <= 1 / LARGE_RATIO;
    }

    /** True when the log scores higher than training. */
    public boolean isUpward() {
        return logMedian > trainingMedian;
    }
}
