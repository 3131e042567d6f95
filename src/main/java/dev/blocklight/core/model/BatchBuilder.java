// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts sequences into minibatches of similar length and builds their arrays. A batch is as wide as
 * its longest sequence; shorter ones are padded with {@link Vocabulary#PAD} and masked, so padding
 * is never trained on nor scored. Every sequence is followed by one end-marker step (the last network
 * class), so a block that stops early cannot pass for the start of a normal one. Inputs are
 * {@code [batch, 1, width]} network classes (event + 1, then the end marker), labels one-hot
 * {@code [batch, classes, width]}; the label mask carries each sequence's weight.
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

    /** Steps of the batch: its longest sequence plus the end marker. */
    static int width(int[][] seqs, int[] batch) {
        int w = 0;
        for (int i : batch) {
            w = Math.max(w, seqs[i].length);
        }
        return w + 1;
    }

    /** The end marker's network class: the last one. */
    static int endClass(int classes) {
        return classes - 1;
    }

    /** Network input {@code [batch, 1, width]}: event + 1 at real steps, the end marker, then PAD. */
    static INDArray features(int[][] seqs, int[] batch, int width, int classes) {
        float[] x = new float[batch.length * width];
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            for (int t = 0; t < s.length; t++) {
                x[r * width + t] = s[t] + 1;
            }
            x[r * width + s.length] = endClass(classes);
        }
        return Nd4j.create(x, new long[] {batch.length, 1, width}, 'c');
    }

    /** Mask {@code [batch, width]}: the weight of the sequence at its real steps and end marker, 0 on padding. */
    static INDArray mask(int[][] seqs, int[] batch, int width, float[] weights) {
        float[] m = new float[batch.length * width];
        for (int r = 0; r < batch.length; r++) {
            float w = weights == null ? 1f : weights[batch[r]];
            Arrays.fill(m, r * width, r * width + seqs[batch[r]].length + 1, w);
        }
        return Nd4j.create(m, new long[] {batch.length, width}, 'c');
    }

    /**
     * One-hot labels {@code [batch, classes, width]}, all zero on padding. Written straight into the
     * native buffer: a Java array this size (a few MB per batch) would be one more large heap
     * allocation per training step.
     */
    static INDArray labels(int[][] seqs, int[] batch, int width, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, batch.length, classes, width);
        DataBuffer buf = y.data();
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            for (int t = 0; t < s.length; t++) {
                buf.put(((long) r * classes + s[t] + 1) * width + t, 1f);
            }
            buf.put(((long) r * classes + endClass(classes)) * width + s.length, 1f);
        }
        return y;
    }

    /** A training minibatch: the target is the input itself; {@code weights} is indexed like seqs. */
    static MultiDataSet trainingSet(int[][] seqs, int[] batch, float[] weights, int classes) {
        int width = width(seqs, batch);
        return new MultiDataSet(new INDArray[] {features(seqs, batch, width, classes)},
                new INDArray[] {labels(seqs, batch, width, classes)},
                new INDArray[] {mask(seqs, batch, width, null)},
                new INDArray[] {mask(seqs, batch, width, weights)});
    }

    /**
     * Frees a fitted minibatch's native buffers now instead of when the garbage collector gets to
     * their Java objects: with a large heap that can be many batches later.
     */
    static void release(MultiDataSet set) {
        for (INDArray[] arrays : List.of(set.getFeatures(), set.getLabels(), set.getFeaturesMaskArrays(),
                set.getLabelsMaskArrays())) {
            for (INDArray a : arrays) {
                if (a != null && a.closeable()) {
                    a.close();
                }
            }
        }
    }
}
