// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * What one training epoch achieved. Losses are mean negative log-likelihoods per event step, weighted
 * like the training ({@link ModelConfig#countWeightPower()}).
 *
 * @param epoch 1-based epoch number
 * @param maxEpochs the configured upper bound
 * @param trainingLoss loss on the training part during the epoch
 * @param validationLoss loss on the held-out part after the epoch, or NaN without a validation part
 * @param seconds wall time of the epoch, validation included
 * @param best true when this epoch has the best validation loss so far (its weights are kept)
 */
public record EpochReport(int epoch, int maxEpochs, double trainingLoss, double validationLoss, double seconds,
        boolean best) {
}
