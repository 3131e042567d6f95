// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.TimeSlices;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
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
        List<TimeSlices.Slice> shape = TimeSlices.of(scores, firstSeen, Double.POSITIVE_INFINITY, SLICES);
        SortedScores[] perSlice = new SortedScores[shape.size()];
        if (!shape.isEmpty()) {
            long min = shape.get(0).from();
            long width = shape.get(0).to() - min;
            float[][] bins = new float[shape.size()][];
            int[] fill = new int[shape.size()];
            for (int s = 0; s < bins.length; s++) {
                bins[s] = new float[shape.get(s).blocks()];
            }
            for (int i = 0; i < scores.length; i++) {
                if (firstSeen[i] != SessionStore.NO_TIME) {
                    int s = (int) Math.min(bins.length - 1, (firstSeen[i] - min) / width);
                    bins[s][fill[s]++] = scores[i];
                }
            }
            for (int s = 0; s < bins.length; s++) {
                perSlice[s] = SortedScores.of(bins[s]);
            }
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
