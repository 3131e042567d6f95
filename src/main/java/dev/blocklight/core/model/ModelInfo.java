// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.time.Instant;
import java.util.List;

/**
 * Facts about a trained model kept in its bundle.
 *
 * @param sourceLog name of the log the model was trained on
 * @param created when training finished
 * @param training how it was trained
 * @param quantiles quantiles of the training blocks' scores
 * @param threshold the chosen score threshold, or NaN until one is chosen
 */
public record ModelInfo(String sourceLog, Instant created, TrainingSummary training, List<ScoreQuantile> quantiles,
        double threshold) {

    public ModelInfo {
        quantiles = List.copyOf(quantiles);
    }
}
