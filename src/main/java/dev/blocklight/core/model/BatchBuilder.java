// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts sequences into minibatches of similar length and builds their arrays. A batch is as wide as
 * its longest sequence; shorter ones are padded with {@link Vocabulary#PAD} and masked, so padding
 * is never trained on nor scored. Inputs are {@code [batch, 1, width]} network classes (event + 1),
 * labels one-hot {@code [batch, classes, width]}; the label mask carries each sequence's weight.
 */
final class BatchBuilder {
    private BatchBuilder() {
    }

    /**
     * Orders {@code members} (indices into {@code seqs}) by length and cuts them into batches of at
     * most {@code batchSize}. With a random source, equal lengths are shuffled and so is the batch
     * order; without one the plan is deterministic.
     */
    static List<int[]> plan(int[][] seqs, int[] members, int batchSize, Random random) {
        Integer[] order = new Integer[members.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = members[i];
        }
        if (random != null) {
            Collections.shuffle(Arrays.asList(order), random);
        }
        Arrays.sort(order, Comparator.comparingInt(i -> seqs[i].length));
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            int[] batch = new int[to - from];
            for (int k = from; k < to; k++) {
                batch[k - from] = order[k];
            }
            batches.add(batch);
        }
        if (random != null) {
            Collections.shuffle(batches, random);
        }
        return batches;
    }

    /** Length of the longest sequence of the batch. */
    static int width(int[][] seqs, int[] batch) {
        int w = 1;
        for (int i : batch) {
            w = Math.max(w, seqs[i].length);
        }
        return w;
    }

    /** Network input {@code [batch, 1, width]}: event + 1 at real steps, PAD after the end. */
    static INDArray features(int[][] seqs, int[] batch, int width) {
        float[] x = new float[batch.length * width];
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            for (int t = 0; t < s.length; t++) {
                x[r * width + t] = s[t] + 1;
            }
        }
        return Nd4j.create(x, new long[] {batch.length, 1, width}, 'c');
    }

    /** Mask {@code [batch, width]}: the weight of the sequence at its real steps, 0 on padding. */
    static INDArray mask(int[][] seqs, int[] batch, int width, float[] weights) {
        float[] m = new float[batch.length * width];
        for (int r = 0; r < batch.length; r++) {
            float w = weights == null ? 1f : weights[batch[r]];
            Arrays.fill(m, r * width, r * width + seqs[batch[r]].length, w);
        }
        return Nd4j.create(m, new long[] {batch.length, width}, 'c');
    }

    /** One-hot labels {@code [batch, classes, width]}, all zero on padding. */
    static INDArray labels(int[][] seqs, int[] batch, int width, int classes) {
        float[] y = new float[batch.length * classes * width];
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            for (int t = 0; t < s.length; t++) {
                y[(r * classes + s[t] + 1) * width + t] = 1f;
            }
        }
        return Nd4j.create(y, new long[] {batch.length, classes, width}, 'c');
    }

    /** A training minibatch: the target is the input itself; {@code weights} is indexed like seqs. */
    static MultiDataSet trainingSet(int[][] seqs, int[] batch, float[] weights, int classes) {
        int width = width(seqs, batch);
        return new MultiDataSet(new INDArray[] {features(seqs, batch, width)},
                new INDArray[] {labels(seqs, batch, width, classes)},
                new INDArray[] {mask(seqs, batch, width, null)},
                new INDArray[] {mask(seqs, batch, width, weights)});
    }
}
