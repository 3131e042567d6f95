// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The flagged rate per time slice, by each block's first-seen time: shows whether flags cluster in
 * one incident or spread over the whole log. One O(n) pass; blocks without a time are left out.
 */
public final class TimeSlices {
    private TimeSlices() {
    }

    /**
     * One slice of the log's time span.
     *
     * @param from first second of the slice (epoch seconds)
     * @param to first second after the slice
     * @param blocks blocks first seen in the slice
     * @param flagged of those, the flagged ones
     */
    public record Slice(long from, long to, int blocks, int flagged) {
        /** Flagged share of the slice's blocks; NaN for an empty slice. */
        public double rate() {
            return blocks == 0 ? Double.NaN : (double) flagged / blocks;
        }
    }

    /** Splits the span from the earliest to the latest first-seen time into {@code count} equal slices. */
    public static List<Slice> of(float[] scores, long[] firstSeen, double threshold, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one time slice");
        }
        if (scores.length != firstSeen.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + firstSeen.length + " timestamps");
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : firstSeen) {
            if (t != ScoredBlocks.NO_TIME) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        List<Slice> out = new ArrayList<>();
        if (min > max) {
            return out;
        }
        long width = Math.max(1, (max - min + count) / count); // ceil((max - min + 1) / count)
        int[] blocks = new int[count];
        int[] flagged = new int[count];
        for (int i = 0; i < scores.length; i++) {
            long t = firstSeen[i];
            if (t != ScoredBlocks.NO_TIME) {
                int s = (int) Math.min(count - 1, (t - min) / width);
                blocks[s]++;
                flagged[s] += scores[i] > threshold ? 1 : 0;
            }
        }
        for (int s = 0; s < count; s++) {
            out.add(new Slice(min + s * width, min + (s + 1) * width, blocks[s], flagged[s]));
        }
        return out;
    }
}
