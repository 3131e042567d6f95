// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/** {@code static:V}: a fixed threshold, whatever the scores look like. */
public record StaticStrategy(double value) implements ThresholdStrategy {

    public StaticStrategy {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("static threshold must be a finite number, got " + value);
        }
    }

    @Override
    public Threshold choose(ScoreIndex index) {
        return new Threshold(value, "static", spec(), "fixed value " + Human.number(value) + ", independent of the scores");
    }

    @Override
    public String spec() {
        return "static:" + ThresholdSpecs.number(value);
    }
}
