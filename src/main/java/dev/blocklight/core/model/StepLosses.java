// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Runs a batch through the network and reads each real step's negative log-likelihood. */
final class StepLosses {
    /** Probability floor, so that an impossible event costs about 23 nats instead of infinity. */
    static final double MIN_PROBABILITY = 1e-10;

    private StepLosses() {
    }

    /** Per-step NLL of every member of the batch, each array as long as its sequence. */
    static float[][] of(ComputationGraph net, int[][] seqs, int[] batch) {
        int width = BatchBuilder.width(seqs, batch);
        INDArray[] in = {BatchBuilder.features(seqs, batch, width)};
        INDArray[] mask = {BatchBuilder.mask(seqs, batch, width, null)};
        INDArray out = net.output(false, in, mask)[0];
        int classes = (int) out.size(1);
        float[] p = out.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[][] losses = new float[batch.length][];
        for (int r = 0; r < batch.length; r++) {
            int[] s = seqs[batch[r]];
            float[] l = new float[s.length];
            for (int t = 0; t < s.length; t++) {
                double prob = p[(r * classes + s[t] + 1) * width + t];
                l[t] = (float) -Math.log(Math.max(prob, MIN_PROBABILITY));
            }
            losses[r] = l;
        }
        return losses;
    }

    /** Mean of a sequence's step losses: the block's anomaly score. */
    static float mean(float[] steps) {
        double sum = 0;
        for (float v : steps) {
            sum += v;
        }
        return steps.length == 0 ? Float.NaN : (float) (sum / steps.length);
    }
}
