// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.List;

/**
 * How a model was trained.
 *
 * @param trainingBlocks blocks in the training part
 * @param validationBlocks blocks held out for early stopping
 * @param distinctSequences distinct (truncated) sequences among all of them
 * @param truncatedBlocks blocks longer than the maximum length
 * @param bestEpoch the epoch whose weights were kept (1-based)
 * @param bestValidationLoss its validation loss, or NaN without a validation part
 * @param seconds wall time of the training
 * @param epochs the report of every epoch run
 */
public record TrainingSummary(long trainingBlocks, long validationBlocks, int distinctSequences, int truncatedBlocks,
        int bestEpoch, double bestValidationLoss, double seconds, List<EpochReport> epochs) {

    public TrainingSummary {
        epochs = List.copyOf(epochs);
    }
}
