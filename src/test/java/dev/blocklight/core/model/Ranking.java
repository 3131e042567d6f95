// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.Arrays;
import java.util.Comparator;

/** Test-local ranking metrics over scores where higher means more anomalous. */
final class Ranking {
    private Ranking() {
    }

    /**
     * Area under the precision-recall curve as average precision: the sum over thresholds of the
     * recall gained times the precision there. Blocks with tied scores form one threshold, so a
     * tie's order cannot flatter the result.
     */
    static double averagePrecision(float[] scores, boolean[] positive) {
        Integer[] order = byScoreDescending(scores);
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double sum = 0;
        int tp = 0;
        int seen = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            int groupTp = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                groupTp += positive[order[j]] ? 1 : 0;
                j++;
            }
            tp += groupTp;
            seen += j - i;
            sum += groupTp * ((double) tp / seen);
            i = j;
        }
        return positives == 0 ? Double.NaN : sum / positives;
    }

    /** The best F1 over all thresholds between distinct scores. */
    static double bestF1(float[] scores, boolean[] positive) {
        Integer[] order = byScoreDescending(scores);
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double best = 0;
        int tp = 0;
        for (int i = 0; i < order.length; i++) {
            tp += positive[order[i]] ? 1 : 0;
            if (i + 1 < order.length && scores[order[i + 1]] == scores[order[i]]) {
                continue;
            }
            double precision = (double) tp / (i + 1);
            double recall = (double) tp / positives;
            if (tp > 0) {
                best = Math.max(best, 2 * precision * recall / (precision + recall));
            }
        }
        return best;
    }

    /** Positives among the {@code k} highest scores (ties broken by index, so take k below a tie). */
    static int positivesInTop(float[] scores, boolean[] positive, int k) {
        Integer[] order = byScoreDescending(scores);
        int n = 0;
        for (int i = 0; i < Math.min(k, order.length); i++) {
            n += positive[order[i]] ? 1 : 0;
        }
        return n;
    }

    private static Integer[] byScoreDescending(float[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return order;
    }
}
