// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/** {@code rate:R}: flags the top share R of this log's blocks (as near as tied scores allow). */
public record RateStrategy(double rate) implements ThresholdStrategy {

    public RateStrategy {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("rate must be a fraction between 0 and 1 (exclusive), such as 0.03, got "
                    + rate);
        }
    }

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores scores = index.scores();
        if (scores.isEmpty()) {
            throw new IllegalArgumentException(spec() + " needs scored blocks, and the log has none");
        }
        int k = (int) Math.round(rate * scores.size());
        double t = scores.thresholdFlagging(k);
        int flagged = scores.countAbove(t);
        String ties = flagged == k ? "" : "; tied scores allow no closer cut to " + Human.grouped(k);
        return new Threshold(t, "rate", spec(), "flags the top " + Human.percent(rate) + " of this log's "
                + Human.grouped(scores.size()) + " blocks (" + Human.grouped(flagged) + " blocks" + ties + ")");
    }

    @Override
    public String spec() {
        return "rate:" + ThresholdSpecs.number(rate);
    }
}
