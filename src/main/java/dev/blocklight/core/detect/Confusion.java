// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * Counts of labelled blocks at one threshold: flagged anomalies (tp), flagged normals (fp), missed
 * anomalies (fn) and passed normals (tn).
 */
public record Confusion(long tp, long fp, long fn, long tn) {

    public long flagged() {
        return tp + fp;
    }

    public long positives() {
        return tp + fn;
    }

    /** tp / flagged; NaN when nothing is flagged. */
    public double precision() {
        return flagged() == 0 ? Double.NaN : (double) tp / flagged();
    }

    /** tp / anomalies; NaN without anomalies. */
    public double recall() {
        return positives() == 0 ? Double.NaN : (double) tp / positives();
    }

    /** Harmonic mean of precision and recall: 2tp / (2tp + fp + fn); 0 when tp is 0 and something is wrong. */
    public double f1() {
        long d = 2 * tp + fp + fn;
        return d == 0 ? Double.NaN : 2.0 * tp / d;
    }
}
