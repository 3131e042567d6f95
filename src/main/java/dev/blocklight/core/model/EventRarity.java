// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * How rare each event was among the training blocks, as the share of blocks that contain it. A block
 * that holds an event seen in fewer than {@link ModelConfig#rareEventShare()} of the training blocks
 * gets an extra score of {@link ModelConfig#rareEventWeight()} times {@code ln(rareShare / share)} for
 * its rarest event. An event the training blocks never had counts as seen in one block. The network
 * alone partly learns rare anomalous events when the training data are contaminated; this term does
 * not forget them.
 */
final class EventRarity {
    private final double[] shares;
    private final float[] extra;

    /** From the blocks' shares per vocabulary index (each in [0, 1]) and the model's settings. */
    EventRarity(double[] shares, ModelConfig config) {
        this.shares = shares.clone();
        this.extra = new float[shares.length];
        double floor = Math.log(Math.max(config.rareEventShare(), Double.MIN_NORMAL));
        for (int e = 0; e < shares.length; e++) {
            double cost = config.rareEventWeight() * (floor - Math.log(Math.max(shares[e], Double.MIN_NORMAL)));
            extra[e] = config.rareEventShare() > 0 ? (float) Math.max(0, cost) : 0f;
        }
    }

    /** The share of blocks holding each vocabulary index, counting each distinct sequence by its blocks. */
    static double[] shares(SequenceSet data, int vocabularySize) {
        long[] blocks = new long[vocabularySize];
        int[][] seqs = data.sequences();
        int[] counts = data.counts();
        boolean[] seen = new boolean[vocabularySize];
        long total = 0;
        for (int i = 0; i < seqs.length; i++) {
            Arrays.fill(seen, false);
            for (int e : seqs[i]) {
                if (e >= 0 && e < vocabularySize && !seen[e]) {
                    seen[e] = true;
                    blocks[e] += counts[i];
                }
            }
            total += counts[i];
        }
        double[] share = new double[vocabularySize];
        for (int e = 0; e < vocabularySize; e++) {
            share[e] = total == 0 ? 0 : Math.max(blocks[e], 1) / (double) total;
        }
        return share;
    }

    /** The extra score of a sequence of model event indices: the cost of its rarest event, 0 if none is rare. */
    float of(int[] seq) {
        return costAt(seq, rarestAt(seq));
    }

    /** The extra score for the event at step {@code at} of the sequence ({@link #rarestAt}); 0 for -1. */
    float costAt(int[] seq, int at) {
        return at < 0 ? 0f : extra[seq[at]];
    }

    /** The first step holding the sequence's rarest rare event, or -1 when none of its events is rare. */
    int rarestAt(int[] seq) {
        int at = -1;
        float max = 0;
        for (int k = 0; k < seq.length; k++) {
            int e = seq[k];
            if (e >= 0 && e < extra.length && extra[e] > max) {
                max = extra[e];
                at = k;
            }
        }
        return at;
    }

    /** The block shares, for the model file. */
    List<Double> shares() {
        return Arrays.stream(shares).boxed().toList();
    }
}
