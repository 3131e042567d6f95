// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/**
 * {@code max}: just above the highest training score ({@link #MARGIN} more, so that the last digits
 * of a float, which differ between batch and single-block scoring, do not flag the top training
 * block), so that a block is flagged only when it scores above every block the model was trained on. Meant for a model trained on blocks labelled normal, where nothing
 * in training is an anomaly; with unlabelled training blocks it flags nothing of the training log.
 */
public record MaxStrategy() implements ThresholdStrategy {
    /** Nats added to the highest training score. */
    public static final double MARGIN = 1e-3;

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores training = index.requireTraining(spec());
        return new Threshold(training.max() + MARGIN, "maximum", spec(), "just above the highest of "
                + Human.grouped(training.size()) + " training scores");
    }

    @Override
    public String spec() {
        return "max";
    }
}
