// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Optional;

/**
 * Everything about one scored log that thresholds and diagnoses need, precomputed once: the sorted
 * training scores, the sorted scores of the log, the labelled scores when labels are known, and
 * the training-to-log shift. Building it sorts (O(n log n)); every query after that is O(log n).
 */
public final class ScoreIndex {
    private final SortedScores training;
    private final SortedScores scores;
    private final LabelledScores labelled;
    private final Shift shift;

    private ScoreIndex(SortedScores training, SortedScores scores, LabelledScores labelled) {
        this.training = training;
        this.scores = scores;
        this.labelled = labelled;
        this.shift = training.isEmpty() || scores.isEmpty() ? null : Shift.between(training, scores);
    }

    /**
     * @param training the model's scores on its training blocks; empty or null when unknown
     * @param scores the score of every block of the log being examined
     * @param labels per block of the log: 1 anomaly, 0 normal, -1 unknown; null without labels
     */
    public static ScoreIndex of(float[] training, float[] scores, byte[] labels) {
        SortedScores t = SortedScores.of(training == null ? new float[0] : training);
        return new ScoreIndex(t, SortedScores.of(scores), LabelledScores.of(scores, labels));
    }

    /** The training scores (possibly empty). */
    public SortedScores training() {
        return training;
    }

    /** The training scores, or a clear error naming the strategy that needs them. */
    public SortedScores requireTraining(String what) {
        if (training.isEmpty()) {
            throw new IllegalArgumentException(what + " needs the model's training scores, and none are loaded");
        }
        return training;
    }

    /** The scores of the log being examined. */
    public SortedScores scores() {
        return scores;
    }

    public Optional<LabelledScores> labelled() {
        return Optional.ofNullable(labelled);
    }

    /** Training-to-log shift; empty without training scores. */
    public Optional<Shift> shift() {
        return Optional.ofNullable(shift);
    }
}
