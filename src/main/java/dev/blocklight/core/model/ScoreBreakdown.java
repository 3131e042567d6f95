// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * Why a block got its score, in the score's own terms: the mean loss of its steps (its events and the
 * end marker after them), plus {@link #WORST_WEIGHT} times the worst of those steps, plus the rare
 * event term ({@link EventRarity}). The three parts add up to the score.
 *
 * @param meanLoss mean loss (nats) of the event steps and the end marker
 * @param worstLoss the largest of those losses
 * @param worstStep the step it belongs to: an index into the block's events, or {@link #END} for the end marker
 * @param rarity the rare-event term, 0 when no event of the block was rare in training
 * @param rareStep the first step holding the rarest event, or -1 when {@code rarity} is 0
 */
public record ScoreBreakdown(float meanLoss, float worstLoss, int worstStep, float rarity, int rareStep) {
    /** {@link #worstStep} when the worst step is the end marker (the block stopped where normal ones go on). */
    public static final int END = -2;
    /** Weight of the worst step in the score. */
    public static final float WORST_WEIGHT = StepLosses.WORST_STEP_WEIGHT;

    /** From the step losses with the end marker last, and the rarity term with its step. */
    static ScoreBreakdown of(float[] stepsWithEnd, float rarity, int rareStep) {
        double sum = 0;
        float worst = 0;
        int at = END;
        for (int t = 0; t < stepsWithEnd.length; t++) {
            sum += stepsWithEnd[t];
            if (stepsWithEnd[t] > worst) {
                worst = stepsWithEnd[t];
                at = t == stepsWithEnd.length - 1 ? END : t;
            }
        }
        float mean = stepsWithEnd.length == 0 ? Float.NaN : (float) (sum / stepsWithEnd.length);
        return new ScoreBreakdown(mean, worst, at, rarity, rarity > 0 ? rareStep : -1);
    }

    /** The score these parts add up to. */
    public float total() {
        return meanLoss + WORST_WEIGHT * worstLoss + rarity;
    }
}
