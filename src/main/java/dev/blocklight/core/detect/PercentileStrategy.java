// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/** {@code pct:P}: the P-th percentile of the model's training scores. */
public record PercentileStrategy(double percentile) implements ThresholdStrategy {

    public PercentileStrategy {
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100 (exclusive), got " + percentile);
        }
    }

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores training = index.requireTraining(spec());
        double t = training.quantile(percentile / 100);
        return new Threshold(t, "percentile", spec(), "the " + ThresholdSpecs.number(percentile) + "th percentile of "
                + Human.grouped(training.size()) + " training scores");
    }

    @Override
    public String spec() {
        return "pct:" + ThresholdSpecs.number(percentile);
    }
}
