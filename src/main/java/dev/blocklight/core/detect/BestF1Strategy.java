// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/** {@code bestf1}: the threshold with the best F1 against the loaded labels. */
public record BestF1Strategy() implements ThresholdStrategy {

    @Override
    public Threshold choose(ScoreIndex index) {
        LabelledScores labelled = index.labelled().orElseThrow(
            () -> new IllegalArgumentException("bestf1 needs labels for the scored blocks, and none are loaded"));
        if (labelled.positives().isEmpty()) {
            throw new IllegalArgumentException("bestf1 needs at least one labelled anomaly among the scored blocks");
        }
        LabelledScores.BestF1 best = labelled.bestF1();
        Confusion c = best.confusion();
        return new Threshold(best.threshold(), "best-F1", spec(), "best F1 " + Human.number(c.f1()) + " on "
                + Human.grouped(labelled.size()) + " labelled blocks (precision " + Human.number(c.precision()) + ", recall "
                + Human.number(c.recall()) + ")");
    }

    @Override
    public String spec() {
        return "bestf1";
    }
}
