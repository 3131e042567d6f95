// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Loghub's grouping accuracy: the share of lines whose predicted group holds exactly the same lines as their
 * true group. Pure functions, linear time.
 */
public final class GroupingAccuracy {

    private GroupingAccuracy() {}

    /**
     * Grouping accuracy of a parse.
     *
     * @param predicted the predicted group label of each line
     * @param truth the true group label of each line (same length)
     * @return the fraction of lines grouped correctly, in [0, 1]
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static double of(int[] predicted, int[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("Predicted and true labels differ in length: "
                    + predicted.length + " vs " + truth.length + ".");
        }
        if (predicted.length == 0) {
            throw new IllegalArgumentException("Grouping accuracy needs at least one line.");
        }
        Map<Integer, Integer> predictedSize = new HashMap<>();
        Map<Integer, Integer> trueSize = new HashMap<>();
        Map<Long, Integer> pairSize = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            predictedSize.merge(predicted[i], 1, Integer::sum);
            trueSize.merge(truth[i], 1, Integer::sum);
            pairSize.merge(pair(predicted[i], truth[i]), 1, Integer::sum);
        }
        long correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            int both = pairSize.get(pair(predicted[i], truth[i]));
            if (both == predictedSize.get(predicted[i]) && both == trueSize.get(truth[i])) {
                correct++;
            }
        }
        return (double) correct / predicted.length;
    }

    private static long pair(int p, int t) {
        return ((long) p << 32) | (t & 0xffffffffL);
    }
}
