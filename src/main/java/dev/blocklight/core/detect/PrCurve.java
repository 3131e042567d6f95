// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The precision-recall curve of labelled scores: one point per distinct score, from the highest
 * down, each flagging every block at or above that score (a tie group enters as one step).
 * Pure function of the sorted positives and negatives; O(n).
 */
public final class PrCurve {
    private PrCurve() {
    }

    /**
     * One cut of the curve.
     *
     * @param score the lowest flagged score (blocks at or above it are flagged)
     * @param precision flagged anomalies over flagged blocks
     * @param recall flagged anomalies over all anomalies (NaN without anomalies)
     */
    public record Point(double score, double precision, double recall) {
    }

    /** Every point of the curve, highest score first. */
    public static List<Point> of(LabelledScores labelled) {
        return labelled.prCurve(); // the same sweep as average precision and best F1
    }

    /**
     * At most {@code max} points of the curve for drawing: evenly spaced along it, always keeping
     * the first and the last point.
     */
    public static List<Point> thinned(List<Point> curve, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a drawn curve needs at least 2 points");
        }
        if (curve.size() <= max) {
            return List.copyOf(curve);
        }
        List<Point> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(curve.get((int) Math.round((double) i * (curve.size() - 1) / (max - 1))));
        }
        return out;
    }
}
