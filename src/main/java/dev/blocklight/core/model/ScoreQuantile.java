// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One quantile of the training blocks' scores, for choosing and explaining a threshold.
 *
 * @param quantile in (0, 1]
 * @param score the smallest score that at least this share of training blocks does not exceed
 */
public record ScoreQuantile(double quantile, double score) {
    /**
     * The quantiles stored in a model: every per mille, and every ten-thousandth above 99.9%, so that
     * percentile, σ, Peaks-Over-Threshold and gap thresholds can be chosen again from the model file
     * alone when a log is scored. Per mille, not percent: the count term opens a gap of several nats
     * a few percent from the top, and between two stored levels the rebuilt scores rise linearly, so
     * coarse levels smear that gap into a ramp that {@code gap} cannot find (measured: from stored
     * percents {@code gap} flagged 177 of 575,061 blocks instead of 19,000).
     */
    static final double[] LEVELS = levels();

    private static double[] levels() {
        double[] out = new double[999 + 9 + 1];
        int n = 0;
        for (int i = 1; i <= 999; i++) {
            out[n++] = i / 1000.0;
        }
        for (int i = 1; i <= 9; i++) {
            out[n++] = 0.999 + i / 10000.0;
        }
        out[n] = 1.0;
        return out;
    }

    /** Block-weighted quantiles of distinct scores seen {@code counts[i]} times. */
    static List<ScoreQuantile> of(float[] scores, int[] counts) {
        Integer[] order = new Integer[scores.length];
        long total = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            total += counts[i];
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[a], scores[b]));
        List<ScoreQuantile> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        int k = 0;
        long seen = 0;
        for (double q : LEVELS) {
            long need = (long) Math.ceil(q * total);
            while (k < order.length - 1 && seen + counts[order[k]] < need) {
                seen += counts[order[k]];
                k++;
            }
            out.add(new ScoreQuantile(q, scores[order[k]]));
        }
        return out;
    }
}
