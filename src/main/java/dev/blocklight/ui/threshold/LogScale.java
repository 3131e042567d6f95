// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.SortedScores;

/**
 * The logarithmic score axis shared by the histogram and the slider: from a floor (the lowest
 * score, but at least four decades below the highest and at most one) up to the highest score.
 */
record LogScale(double lo, double hi) {
    /** The axis for these scores, or a unit axis when there are none. */
    static LogScale of(SortedScores s) {
        if (s == null || s.size() == 0) {
            return new LogScale(1e-6, 1);
        }
        double hi = Math.max(s.max(), 1e-6);
        double lo = Math.max(Math.min(Math.max(s.min(), hi * 1e-4), hi / 10), 1e-6);
        return new LogScale(lo, hi);
    }

    /** Where a score sits on the axis, in [0, 1]. */
    double fraction(double score) {
        double f = (Math.log(Math.max(score, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        return Math.max(0, Math.min(1, f));
    }

    /** The score at a place on the axis, for a fraction in [0, 1]. */
    double score(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo)));
    }
}
