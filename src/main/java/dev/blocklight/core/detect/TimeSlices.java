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

    /**
     * How blocks fall into {@code count} equal slices of the span from the earliest to the latest
     * first-seen time.
     *
     * @param min first second of the first slice
     * @param width seconds per slice
     * @param sliceOf each block's slice, or -1 for a block without a time
     */
    public record Binning(long min, long width, int[] sliceOf) {
        /** Slice {@code s} with these counts. */
        public Slice slice(int s, int blocks, int flagged) {
            return new Slice(min + s * width, min + (s + 1) * width, blocks, flagged);
        }
    }

    /** The binning of these first-seen times into {@code count} slices; null when no block has a time. */
    public static Binning bin(long[] firstSeen, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one time slice");
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : firstSeen) {
            if (t != ScoredBlocks.NO_TIME) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        if (min > max) {
            return null;
        }
        long width = Math.max(1, (max - min + count) / count); // ceil((max - min + 1) / count)
        int[] sliceOf = new int[firstSeen.length];
        for (int i = 0; i < firstSeen.length; i++) {
            long t = firstSeen[i];
            sliceOf[i] = t == ScoredBlocks.NO_TIME ? -1 : (int) Math.min(count - 1, (t - min) / width);
        }
        return new Binning(min, width, sliceOf);
    }

    /** Splits the span from the earliest to the latest first-seen time into {@code count} equal slices. */
    public static List<Slice> of(float[] scores, long[] firstSeen, double threshold, int count) {
        Binning b = bin(firstSeen, count);
        if (scores.length != firstSeen.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + firstSeen.length + " timestamps");
        }
        List<Slice> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        int[] blocks = new int[count];
        int[] flagged = new int[count];
        for (int i = 0; i < scores.length; i++) {
            int s = b.sliceOf()[i];
            if (s >= 0) {
                blocks[s]++;
                flagged[s] += scores[i] > threshold ? 1 : 0;
            }
        }
        for (int s = 0; s < count; s++) {
            out.add(b.slice(s, blocks[s], flagged[s]));
        }
        return out;
    }
}
