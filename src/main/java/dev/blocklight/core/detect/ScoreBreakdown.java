// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Why a block got its score, in the score's own terms: the mean loss of its steps (its events and the
 * end marker after them), plus {@code worstWeight} times the worst of those steps, plus the rare-event
 * term, plus the count term (the block's event counts against those of normal training blocks, in
 * any order). The four parts add up to the score.
 *
 * @param meanLoss mean loss (nats) of the event steps and the end marker
 * @param worstWeight the weight of the worst step in the score
 * @param worstLoss the largest of those losses
 * @param worstStep the step it belongs to: an index into the block's events, or {@link #END} for the end marker
 * @param rarity the rare-event term, 0 when no event of the block was rare in training
 * @param rareStep the first step holding the rarest event, or -1 when {@code rarity} is 0
 * @param counts the count term, 0 when the block's counts are those of normal training blocks
 * @param countDiffs the events whose counts are off, largest difference first (empty when {@code counts} is 0)
 */
public record ScoreBreakdown(float meanLoss, float worstWeight, float worstLoss, int worstStep, float rarity,
        int rareStep, float counts, List<CountDiff> countDiffs) {
    /** {@link #worstStep} when the worst step is the end marker (the block stopped where normal ones go on). */
    public static final int END = -2;

    public ScoreBreakdown {
        countDiffs = List.copyOf(countDiffs);
    }

    /** Without a count term (a model that has no count profile). */
    public ScoreBreakdown(float meanLoss, float worstWeight, float worstLoss, int worstStep, float rarity,
            int rareStep) {
        this(meanLoss, worstWeight, worstLoss, worstStep, rarity, rareStep, 0f, List.of());
    }

    /** From the step losses with the end marker last, and the rarity term with its step; no count term. */
    public static ScoreBreakdown of(float[] stepsWithEnd, float worstWeight, float rarity, int rareStep) {
        return of(stepsWithEnd, worstWeight, rarity, rareStep, 0f, List.of());
    }

    /** From the step losses with the end marker last, the rarity term with its step, and the count term. */
    public static ScoreBreakdown of(float[] stepsWithEnd, float worstWeight, float rarity, int rareStep, float counts,
            List<CountDiff> countDiffs) {
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
        return new ScoreBreakdown(mean, worstWeight, worst, at, rarity, rarity > 0 ? rareStep : -1, counts,
                counts > 0 ? countDiffs : List.of());
    }

    /** The score these parts add up to. */
    public float total() {
        return meanLoss + worstWeight * worstLoss + rarity + counts;
    }

    /**
     * The parts in words, for example {@code mean step error 7.32 + 0.3 x worst step 12.14 (E9, step 6)
     * + rare event 4.64 (E10, step 3) + counts 13.10 (E26 2x, normal blocks 3x)}; steps count from 1.
     *
     * @param events the block's events
     * @param id the id of an event, such as {@code E9}
     */
    public String describe(int[] events, IntFunction<String> id) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "mean step error %.2f + %.1f x worst step %.2f (%s)",
                meanLoss, worstWeight, worstLoss, worstStep == END ? "the end: normal blocks go on here"
                        : step(worstStep, events, id)));
        if (rarity > 0) {
            s.append(String.format(Locale.ROOT, " + rare event %.2f (%s)", rarity, step(rareStep, events, id)));
        }
        if (counts > 0) {
            s.append(String.format(Locale.ROOT, " + counts %.2f (%s)", counts, countDiffs.isEmpty()
                    ? "no normal block to compare with"
                    : String.join("; ", countDiffs.stream().map(CountDiff::describe).toList())));
        }
        return s.toString();
    }

    private static String step(int step, int[] events, IntFunction<String> id) {
        return step < 0 || step >= events.length ? "?" : id.apply(events[step]) + ", step " + (step + 1);
    }
}
