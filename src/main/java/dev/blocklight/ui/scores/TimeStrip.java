// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.TimeSlices;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The flagged rate per time slice, fast enough to follow a slider: the slices of
 * {@link TimeSlices} (same boundaries), each with its blocks' scores sorted once, so a threshold
 * move costs one binary search per slice instead of a pass over every block.
 */
public final class TimeStrip {
    /** Slices drawn across the log's time span. */
    public static final int SLICES = 96;
    private final List<TimeSlices.Slice> shape;
    private final SortedScores[] perSlice;

    private TimeStrip(List<TimeSlices.Slice> shape, SortedScores[] perSlice) {
        this.shape = shape;
        this.perSlice = perSlice;
    }

    /** The strip of these scores by the blocks' first-seen times; empty when no block has a time. */
    public static TimeStrip of(float[] scores, SessionStore sessions) {
        long[] firstSeen = new long[scores.length];
        for (int i = 0; i < firstSeen.length; i++) {
            firstSeen[i] = sessions.firstSeen(i);
        }
        TimeSlices.Binning binning = TimeSlices.bin(firstSeen, SLICES);
        if (binning == null) {
            return new TimeStrip(List.of(), new SortedScores[0]);
        }
        int[] sliceOf = binning.sliceOf();
        int[] fill = new int[SLICES];
        for (int s : sliceOf) {
            if (s >= 0) {
                fill[s]++;
            }
        }
        float[][] bins = new float[SLICES][];
        List<TimeSlices.Slice> shape = new ArrayList<>(SLICES);
        for (int s = 0; s < SLICES; s++) {
            bins[s] = new float[fill[s]];
            shape.add(binning.slice(s, fill[s], 0));
        }
        Arrays.fill(fill, 0);
        for (int i = 0; i < scores.length; i++) {
            int s = sliceOf[i];
            if (s >= 0) {
                bins[s][fill[s]++] = scores[i];
            }
        }
        SortedScores[] perSlice = new SortedScores[SLICES];
        for (int s = 0; s < SLICES; s++) {
            perSlice[s] = SortedScores.of(bins[s]);
        }
        return new TimeStrip(shape, perSlice);
    }

    /** The slices with their flagged counts at threshold {@code t}: O(slices · log n). */
    public List<TimeSlices.Slice> at(double t) {
        List<TimeSlices.Slice> out = new ArrayList<>(shape.size());
        for (int s = 0; s < shape.size(); s++) {
            TimeSlices.Slice x = shape.get(s);
            out.add(new TimeSlices.Slice(x.from(), x.to(), x.blocks(), perSlice[s].countAbove(t)));
        }
        return out;
    }
}
