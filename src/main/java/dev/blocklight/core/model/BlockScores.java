// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.detect.CountDiff;
import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.parse.EventType;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The anomaly score of every block: the mean negative log-likelihood (nats) of its event steps and of
 * the end marker after them under the autoencoder's reconstruction, plus 0.3 times the worst step's,
 * plus the cost of its rarest event when that event was rare in training ({@link EventRarity}), plus
 * the count term when its event counts are not those of normal training blocks ({@link CountProfile});
 * higher is more anomalous; NaN for a block that was not scored. The per-step losses and the
 * breakdown explain a score. Blocks with the same encoded sequence share one entry.
 */
public final class BlockScores {
    private final float[] blockScores;
    private final int[] ofBlock;
    private final float[][] steps;
    private final int truncatedBlocks;
    private final List<EventType> unmatched;
    private final float[] extra;
    private final int[] rareStep;
    private final float[] countPart;
    private final IntFunction<List<CountDiff>> countDiffs;
    /** The score of each distinct sequence (empty for restored scores). */
    private final float[] distinct;
    /** Step losses and breakdowns on demand for restored scores, or null for scores computed here. */
    private final IntFunction<SequenceScore> restoredSteps;

    BlockScores(SequenceSet set, float[][] steps, List<EventType> unmatched) {
        this(set, steps, new float[steps.length], new int[steps.length], unmatched, new float[steps.length],
                i -> List.of());
    }

    /**
     * With {@code extra[i]} (the rarity term) added to the score of distinct sequence i, whose rarest
     * event is first at step {@code rareStep[i]}, and {@code countPart[i]} (the count term), whose
     * off events {@code countDiffs} names.
     */
    BlockScores(SequenceSet set, float[][] steps, float[] extra, int[] rareStep, List<EventType> unmatched,
            float[] countPart, IntFunction<List<CountDiff>> countDiffs) {
        this.ofBlock = set.ofBlock();
        this.steps = steps;
        this.extra = extra;
        this.rareStep = rareStep;
        this.countPart = countPart;
        this.countDiffs = countDiffs;
        this.truncatedBlocks = set.truncatedBlocks();
        this.unmatched = List.copyOf(unmatched);
        this.restoredSteps = null;
        distinct = new float[steps.length];
        for (int i = 0; i < steps.length; i++) {
            distinct[i] = StepLosses.score(steps[i]) + extra[i] + countPart[i];
        }
        blockScores = new float[ofBlock.length];
        for (int b = 0; b < ofBlock.length; b++) {
            blockScores[b] = ofBlock[b] < 0 ? Float.NaN : distinct[ofBlock[b]];
        }
    }

    private BlockScores(float[] scores, IntFunction<SequenceScore> stepLosses) {
        this.blockScores = scores.clone();
        this.ofBlock = new int[0];
        this.steps = new float[0][];
        this.extra = new float[0];
        this.rareStep = new int[0];
        this.countPart = new float[0];
        this.countDiffs = i -> List.of();
        this.distinct = new float[0];
        this.truncatedBlocks = 0;
        this.unmatched = List.of();
        this.restoredSteps = stepLosses;
    }

    /**
     * Scores saved earlier (the workspace cache), without a model: each block's score as it was, and
     * its step losses and breakdown from {@code stepLosses} (which answers null while no model is at hand).
     */
    public static BlockScores restored(float[] scores, IntFunction<SequenceScore> stepLosses) {
        return new BlockScores(scores, stepLosses);
    }

    public int blockCount() {
        return blockScores.length;
    }

    /** Score of a block, or NaN when it was not scored. */
    public float score(int block) {
        return blockScores[block];
    }

    /** A copy of all block scores, indexed like the blocks. */
    public float[] scores() {
        return blockScores.clone();
    }

    /**
     * Loss (nats) of each scored step of the block, in log order: at most the model's maximum length
     * of steps; empty for a block that was not scored.
     */
    public float[] stepLosses(int block) {
        if (restoredSteps != null) {
            SequenceScore s = restoredSteps.apply(block);
            return s == null ? new float[0] : s.stepLosses();
        }
        return ofBlock[block] < 0 ? new float[0] : StepLosses.events(steps[ofBlock[block]]);
    }

    /** The parts that add up to the block's score, or null for a block not scored (or restored without a model). */
    public ScoreBreakdown breakdown(int block) {
        if (restoredSteps != null) {
            SequenceScore s = restoredSteps.apply(block);
            return s == null ? null : s.breakdown();
        }
        int i = ofBlock[block];
        return i < 0 ? null : ScoreBreakdown.of(steps[i], StepLosses.WORST_STEP_WEIGHT, extra[i], rareStep[i],
                countPart[i], countPart[i] > 0 ? countDiffs.apply(i) : List.of());
    }

    /** The score of each distinct sequence, in the order of the scored set (shared, not copied). */
    float[] distinctScores() {
        return distinct;
    }

    /** Number of distinct sequences actually scored. */
    public int distinctSequences() {
        return steps.length;
    }

    /** Blocks longer than the model's maximum length, scored on their first steps only. */
    public int truncatedBlocks() {
        return truncatedBlocks;
    }

    /** The log's events the model does not know; they were scored as the unknown event. */
    public List<EventType> unmatchedEvents() {
        return unmatched;
    }

    @Override
    public String toString() {
        return "BlockScores[" + blockScores.length + " blocks, " + steps.length + " distinct, "
                + truncatedBlocks + " truncated, unmatched " + Arrays.toString(unmatched.stream()
                .map(EventType::id).toArray()) + "]";
    }
}
