// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a batch through the network and reads the negative log-likelihood of each real step and of the
 * end marker that follows the last one.
 */
final class StepLosses {
    /** Probability floor, so that an impossible event costs about 23 nats instead of infinity. */
    static final double MIN_PROBABILITY = 1e-10;

    private StepLosses() {
    }

    /**
     * Per-step NLL of every member of the batch, each array one longer than its sequence: the last
     * entry is the end marker's step.
     */
    static float[][] of(ComputationGraph net, int[][] seqs, int[] batch) {
        int width = BatchBuilder.width(seqs, batch);
        int netClasses = AutoencoderNetwork.classes(net);
        INDArray[] in = {BatchBuilder.features(seqs, batch, width, netClasses)};
        INDArray[] mask = {BatchBuilder.mask(seqs, batch, width, null)};
        INDArray out = net.output(false, in, mask)[0];
        int classes = netClasses;
        float[] p = out.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[][] losses = new float[batch.length][];
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            float[] l = new float[s.length + 1];
            for (int t = 0; t <= s.length; t++) {
                int target = t < s.length ? s[t] + 1 : BatchBuilder.endClass(classes);
                double prob = p[(r * classes + target) * width + t];
                l[t] = (float) -Math.log(Math.max(prob, MIN_PROBABILITY));
            }
            losses[r] = l;
        }
        return losses;
    }

    /** The losses of the real steps only, without the end marker's (for explaining a block). */
    static float[] events(float[] withEnd) {
        return java.util.Arrays.copyOf(withEnd, withEnd.length - 1);
    }

    /**
     * Weight of the worst step in a block's score. A single impossible event among twenty likely ones
     * moves the mean by about one nat only; adding this share of the worst step lets it count.
     * Chosen by measurement on generated logs (see the README).
     */
    static final float WORST_STEP_WEIGHT = 0.3f;

    /**
     * A block's anomaly score from its step losses (end marker included): their mean plus
     * {@link #WORST_STEP_WEIGHT} times the largest.
     */
    static float score(float[] steps) {
        if (steps.length == 0) {
            return Float.NaN;
        }
        double sum = 0;
        float max = 0;
        for (float v : steps) {
            sum += v;
            max = Math.max(max, v);
        }
        return (float) (sum / steps.length + WORST_STEP_WEIGHT * max);
    }
}
