// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import dev.blocklight.core.detect.ScoreOrder;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.detect.SeverityBands;
import dev.blocklight.core.detect.SortedScores;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks in descending score order, boxed once, so that the flagged blocks, and the blocks of
 * one severity, are each a contiguous range found by binary search: a threshold move then lists
 * only the rows it shows instead of testing every block.
 */
public final class ByScore {
    private final List<Integer> order;
    private final SortedScores sorted;

    private ByScore(List<Integer> order, SortedScores sorted) {
        this.order = order;
        this.sorted = sorted;
    }

    /** @param sorted the same scores, sorted ascending */
    public static ByScore of(float[] scores, SortedScores sorted) {
        long[] keys = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            keys[i] = ((long) ScoreOrder.sortable(scores[i]) << 32) | i;
        }
        Arrays.sort(keys);
        Integer[] order = new Integer[scores.length];
        for (int k = 0; k < keys.length; k++) {
            order[keys.length - 1 - k] = (int) keys[k];
        }
        return new ByScore(Arrays.asList(order), sorted);
    }

    /** Blocks scoring strictly above {@code t}, highest first. */
    public List<Integer> above(double t) {
        return order.subList(0, sorted.countAbove(t));
    }

    /** Blocks of one severity under {@code bands}, highest first. */
    public List<Integer> band(SeverityBands bands, Severity s) {
        int flagged = sorted.countAbove(bands.threshold());
        int from = switch (s) {
            case CRITICAL, NONE -> 0;
            case MAJOR -> atOrAbove(bands.criticalFrom());
            case MINOR -> atOrAbove(bands.majorFrom());
            case WARNING -> atOrAbove(bands.minorFrom());
        };
        int to = switch (s) {
            case CRITICAL -> atOrAbove(bands.criticalFrom());
            case MAJOR -> atOrAbove(bands.majorFrom());
            case MINOR -> atOrAbove(bands.minorFrom());
            case WARNING -> flagged;
            case NONE -> 0;
        };
        if (s == Severity.NONE) {
            return order.subList(flagged, order.size());
        }
        to = Math.min(to, flagged);
        return order.subList(Math.min(from, to), to);
    }

    private int atOrAbove(double x) {
        return sorted.size() - sorted.firstAtOrAbove(x);
    }
}
