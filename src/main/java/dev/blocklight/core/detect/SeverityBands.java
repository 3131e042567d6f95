// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * Severity bands over the quantiles of the flagged blocks' scores: by default the lower half of the
 * flagged blocks is a warning, the next 30% minor, the next 15% major and the top 5% critical.
 * Computed in O(log n) from the sorted scores.
 *
 * @param threshold blocks above it are flagged (warning or worse)
 * @param minorFrom lowest score of a minor block
 * @param majorFrom lowest score of a major block
 * @param criticalFrom lowest score of a critical block
 * @param counts blocks per severity, indexed by {@link Severity#ordinal()}
 */
public record SeverityBands(double threshold, double minorFrom, double majorFrom, double criticalFrom, int[] counts) {
    /** Default quantiles of the flagged scores where minor, major and critical start. */
    public static final double[] DEFAULT_CUTS = {0.5, 0.8, 0.95};

    public SeverityBands {
        counts = counts.clone();
    }

    /** Bands for {@code threshold} with the {@link #DEFAULT_CUTS}. */
    public static SeverityBands of(SortedScores scores, double threshold) {
        return of(scores, threshold, DEFAULT_CUTS);
    }

    /** Bands whose minor, major and critical bands start at the given quantiles of the flagged scores. */
    public static SeverityBands of(SortedScores scores, double threshold, double[] cuts) {
        if (cuts.length != 3 || !(0 <= cuts[0] && cuts[0] <= cuts[1] && cuts[1] <= cuts[2] && cuts[2] < 1)) {
            throw new IllegalArgumentException("severity cuts must be three increasing quantiles in [0, 1)");
        }
        int n = scores.size();
        int from = scores.firstAbove(threshold);
        int flagged = n - from;
        double[] at = new double[3];
        for (int i = 0; i < 3; i++) {
            at[i] = flagged == 0 ? Double.POSITIVE_INFINITY : scores.get(from + (int) Math.floor(cuts[i] * flagged));
        }
        int[] counts = new int[Severity.values().length];
        int minor = scores.firstAtOrAbove(at[0]);
        int major = scores.firstAtOrAbove(at[1]);
        int critical = scores.firstAtOrAbove(at[2]);
        counts[Severity.NONE.ordinal()] = from;
        counts[Severity.WARNING.ordinal()] = Math.max(0, minor - from);
        counts[Severity.MINOR.ordinal()] = major - Math.max(minor, from);
        counts[Severity.MAJOR.ordinal()] = critical - major;
        counts[Severity.CRITICAL.ordinal()] = n - critical;
        return new SeverityBands(threshold, at[0], at[1], at[2], counts);
    }

    /** The severity of a block with this score. */
    public Severity of(double score) {
        if (!(score > threshold)) {
            return Severity.NONE;
        }
        if (score >= criticalFrom) {
            return Severity.CRITICAL;
        }
        if (score >= majorFrom) {
            return Severity.MAJOR;
        }
        return score >= minorFrom ? Severity.MINOR : Severity.WARNING;
    }

    /** Number of blocks with this severity. */
    public int count(Severity s) {
        return counts[s.ordinal()];
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}
