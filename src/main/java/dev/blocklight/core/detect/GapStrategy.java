// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/**
 * {@code gap}: the middle of the widest gap between neighbouring training scores in their upper half,
 * each gap weighted by {@code ln(1 + scores above it)}, so that a group of lifted blocks outweighs
 * the wide gaps between the last few outliers at the very top (and between the sparse points that a
 * model file's stored quantiles give there).
 * The count term lifts every block whose event counts are not those of normal blocks by at least ten
 * nats, which opens such a gap between the normal blocks and the rest; no label is needed to find it.
 * Training scores of normal blocks only have no such gap: the widest one is then usually just below
 * their highest scores, so the threshold sits near the top of what is normal.
 */
public record GapStrategy() implements ThresholdStrategy {

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores training = index.requireTraining(spec());
        int n = training.size();
        if (n < 2) {
            return new Threshold(training.max(), "gap", spec(), "the only training score (no gap to find)");
        }
        int best = n - 2;
        double widest = -1;
        for (int i = n / 2; i < n - 1; i++) {
            double gap = ((double) training.get(i + 1) - training.get(i)) * Math.log1p(n - 1 - i);
            if (gap > widest) {
                widest = gap;
                best = i;
            }
        }
        double t = ((double) training.get(best) + training.get(best + 1)) / 2;
        return new Threshold(t, "gap", spec(), String.format(java.util.Locale.ROOT,
                "the middle of the widest gap (%.2f to %.2f, weighted by the scores above it) in the upper half of %s training scores",
                training.get(best), training.get(best + 1), Human.grouped(n)));
    }

    @Override
    public String spec() {
        return "gap";
    }
}
