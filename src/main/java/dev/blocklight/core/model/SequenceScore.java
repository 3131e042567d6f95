// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * The score of one sequence with its per-step losses (nats), for explaining a block.
 *
 * @param score mean of the step losses
 * @param stepLosses loss of each scored step, in order
 * @param truncated true when the sequence was longer than the model's maximum length
 */
public record SequenceScore(float score, float[] stepLosses, boolean truncated) {

    public SequenceScore {
        stepLosses = stepLosses.clone();
    }

    @Override
    public float[] stepLosses() {
        return stepLosses.clone();
    }
}
