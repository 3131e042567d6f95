// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/** {@code sigma:K}: mean + K standard deviations of the model's training scores. */
public record SigmaStrategy(double k) implements ThresholdStrategy {

    public SigmaStrategy {
        if (!Double.isFinite(k)) {
            throw new IllegalArgumentException("sigma factor must be a finite number, got " + k);
        }
    }

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores training = index.requireTraining(spec());
        double t = training.mean() + k * training.std();
        return new Threshold(t, "sigma", spec(), "training mean " + Human.number(training.mean()) + " + "
                + ThresholdSpecs.number(k) + "σ (σ " + Human.number(training.std()) + ", " + Human.grouped(training.size())
                + " training scores)");
    }

    @Override
    public String spec() {
        return "sigma:" + ThresholdSpecs.number(k);
    }
}
