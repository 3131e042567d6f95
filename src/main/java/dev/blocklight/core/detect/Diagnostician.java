// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.List;

/**
 * Explains thresholds for one scored log. Everything costly is precomputed in the
 * {@link ScoreIndex} and the optional {@link EventContributionIndex}, so {@link #diagnose} runs in
 * O(log n + events · log n) and can follow a slider. Per-time-slice rates are separate
 * ({@link TimeSlices}), as they need a pass over all blocks.
 */
public final class Diagnostician {
    /** Events listed in {@link Diagnosis#topEvents()}. */
    public static final int TOP_EVENTS = 5;
    private final ScoreIndex index;
    private final EventContributionIndex events;

    /** Without event contributions. */
    public Diagnostician(ScoreIndex index) {
        this(index, null);
    }

    /** With event contributions when {@code events} is not null. */
    public Diagnostician(ScoreIndex index, EventContributionIndex events) {
        this.index = index;
        this.events = events;
    }

    public ScoreIndex index() {
        return index;
    }

    /** Picks a threshold with {@code strategy} and explains it. */
    public Diagnosis diagnose(ThresholdStrategy strategy) {
        return diagnose(strategy.choose(index));
    }

    /** Explains {@code threshold}. */
    public Diagnosis diagnose(Threshold threshold) {
        double t = threshold.value();
        SortedScores scores = index.scores();
        int n = scores.size();
        int flagged = scores.countAbove(t);
        Confusion confusion = index.labelled().map(l -> l.at(t)).orElse(null);
        Diagnosis.ExpectedRate expected = expected(t);
        Shift shift = index.shift().orElse(null);
        SeverityBands bands = SeverityBands.of(scores, t);
        List<EventContribution> top = events == null ? List.of() : events.top(t, flagged, TOP_EVENTS);
        double max = n == 0 ? Double.NaN : scores.max();
        List<String> findings = Findings.of(threshold, n, flagged, max, expected, shift, confusion);
        return new Diagnosis(threshold, n, flagged, expected, confusion, bands, shift, top, findings);
    }

    private Diagnosis.ExpectedRate expected(double t) {
        var labelled = index.labelled();
        if (labelled.isPresent()) {
            return new Diagnosis.ExpectedRate(labelled.get().anomalyRate(), Diagnosis.ExpectedRate.LABELS);
        }
        if (!index.training().isEmpty()) {
            return new Diagnosis.ExpectedRate(index.training().rateAbove(t), Diagnosis.ExpectedRate.TRAINING);
        }
        return null;
    }
}
