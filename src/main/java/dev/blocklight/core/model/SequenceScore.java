// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.detect.ScoreBreakdown;

/**
 * The score of one sequence with its per-step losses (nats), for explaining a block.
 *
 * @param score the block's anomaly score ({@link BlockScores})
 * @param stepLosses loss of each scored event step, in order
 * @param truncated true when the sequence was longer than the model's maximum length
 * @param breakdown the parts that add up to the score, or null for an empty sequence
 */
public record SequenceScore(float score, float[] stepLosses, boolean truncated, ScoreBreakdown breakdown) {

    public SequenceScore {
        stepLosses = stepLosses.clone();
    }

    @Override
    public float[] stepLosses() {
        return stepLosses.clone();
    }
}
