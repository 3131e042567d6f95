// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The training and validation parts of a {@link SequenceSet}. Blocks, not distinct sequences, are
 * held out: each block goes to validation with the configured probability, so a common sequence
 * usually lands in both parts, as it would in tomorrow's log. A distinct sequence weighs
 * {@code count^power} in its part: training draws it that often, validation weighs its loss so.
 *
 * @param training distinct indices with training blocks
 * @param trainingWeights weight of each distinct index in training (indexed like the set)
 * @param cumulative running sum of the training weights over {@code training}, for drawing
 * @param validation distinct indices with validation blocks
 * @param validationWeights weight of each distinct index in validation
 * @param trainingBlocks blocks in training
 * @param validationBlocks blocks in validation
 */
record Split(int[] training, float[] trainingWeights, double[] cumulative, int[] validation, float[] validationWeights,
        long trainingBlocks, long validationBlocks) {

    static Split of(SequenceSet data, double fraction, double power, long seed) {
        Random random = new Random(seed);
        int n = data.size();
        int[] trainCount = new int[n];
        int[] valCount = new int[n];
        long trainBlocks = 0;
        long valBlocks = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < data.count(i); k++) {
                if (fraction > 0 && random.nextDouble() < fraction) {
                    valCount[i]++;
                } else {
                    trainCount[i]++;
                }
            }
            trainBlocks += trainCount[i];
            valBlocks += valCount[i];
        }
        if (trainBlocks == 0) {
            trainCount = valCount;
            valCount = new int[n];
            trainBlocks = valBlocks;
            valBlocks = 0;
        }
        int[] training = members(trainCount);
        float[] trainWeights = weights(trainCount, power);
        double[] cumulative = new double[training.length];
        double sum = 0;
        for (int k = 0; k < training.length; k++) {
            sum += trainWeights[training[k]];
            cumulative[k] = sum;
        }
        return new Split(training, trainWeights, cumulative, members(valCount), weights(valCount, power),
                trainBlocks, valBlocks);
    }

    /** Draws {@code n} training sequences (with replacement) in proportion to their weights. */
    int[] sample(int n, Random random) {
        double total = cumulative[cumulative.length - 1];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int k = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            k = k >= 0 ? k + 1 : -k - 1;
            out[i] = training[Math.min(k, training.length - 1)];
        }
        return out;
    }

    private static int[] members(int[] counts) {
        int m = 0;
        for (int c : counts) {
            m += c > 0 ? 1 : 0;
        }
        int[] out = new int[m];
        m = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out[m++] = i;
            }
        }
        return out;
    }

    private static float[] weights(int[] counts, double power) {
        float[] w = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            w[i] = counts[i] > 0 ? (float) Math.pow(counts[i], power) : 0f;
        }
        return w;
    }

    /**
     * The weighted step-loss sum and the weight of one batch of distinct sequences: their ratio,
     * added up over batches, is the weighted mean step loss.
     */
    static double[] batchLoss(ComputationGraph net, int[][] seqs, int[] batch, float[] weights) {
        double lossSum = 0;
        double weightSum = 0;
        float[][] losses = StepLosses.of(net, seqs, batch);
        for (int r = 0; r < batch.length; r++) {
            double w = weights[batch[r]];
            for (float l : losses[r]) {
                lossSum += w * l;
            }
            weightSum += w * losses[r].length;
        }
        return new double[] {lossSum, weightSum};
    }
}
