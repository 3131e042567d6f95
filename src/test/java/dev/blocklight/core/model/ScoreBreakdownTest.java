// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.ingest.Cancellation;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The breakdown of a score names its parts, and they add up to the score the model gave. */
class ScoreBreakdownTest {
    static AutoencoderModel model;

    @BeforeAll
    static void train() {
        model = new Trainer(TinyData.config(), 2).train(TinyData.normal(400, 1), Vocabulary.of(TinyData.events()),
                e -> { }, Cancellation.NEVER).model();
    }

    @Test
    void thePartsAddUpToTheScoreInBatchAndSingleScoring() {
        int[][] blocks = {TinyData.NORMAL[0], {1, 2, 5, 3, 4}, Arrays.copyOf(TinyData.NORMAL[1], 2), {4, 3, 2, 1}};
        BlockScores all = model.scorer(1).score(blocks, Cancellation.NEVER);
        for (int b = 0; b < blocks.length; b++) {
            ScoreBreakdown parts = all.breakdown(b);
            assertEquals(all.score(b), parts.total(), 1e-4, Arrays.toString(blocks[b]));
            SequenceScore one = model.scorer(1).scoreOne(blocks[b]);
            assertEquals(one.score(), one.breakdown().total(), 1e-4);
            assertEquals(parts.worstStep(), one.breakdown().worstStep());
            float[] steps = all.stepLosses(b);
            float max = 0;
            for (float s : steps) {
                max = Math.max(max, s);
            }
            if (parts.worstStep() >= 0) {
                assertEquals(steps[parts.worstStep()], parts.worstLoss(), 1e-6, "the worst step is one of the events");
                assertEquals(max, parts.worstLoss(), 1e-6);
            } else {
                assertEquals(ScoreBreakdown.END, parts.worstStep());
                assertEquals(true, parts.worstLoss() >= max, "the end marker is worse than every event");
            }
        }
    }

    @Test
    void anEventUnseenInTrainingIsTheRareStepAndAnEarlyStopIsTheEnd() {
        // event 5 is in none of the training blocks (share 1/400): rarity ln(1% x 400), at step index 2
        ScoreBreakdown exception = model.scorer(1).scoreOne(new int[] {1, 2, 5, 3, 4}).breakdown();
        assertEquals(Math.log(4), exception.rarity(), 1e-4);
        assertEquals(2, exception.rareStep());
        ScoreBreakdown normal = model.scorer(1).scoreOne(TinyData.NORMAL[0]).breakdown();
        assertEquals(0f, normal.rarity());
        assertEquals(-1, normal.rareStep());
        int[] whole = TinyData.NORMAL[0];
        ScoreBreakdown stopped = model.scorer(1).scoreOne(Arrays.copyOf(whole, whole.length - 2)).breakdown();
        assertEquals(ScoreBreakdown.END, stopped.worstStep(), "a block that stops early is explained by its end");
    }

    @Test
    void aRestoredScoreHasNoBreakdownUntilTheModelAnswers() {
        BlockScores restored = BlockScores.restored(new float[] {3f}, b -> null);
        assertNull(restored.breakdown(0));
        assertEquals(0, restored.stepLosses(0).length);
        SequenceScore one = model.scorer(1).scoreOne(TinyData.NORMAL[2]);
        BlockScores loaded = BlockScores.restored(new float[] {one.score()}, b -> one);
        assertEquals(one.breakdown(), loaded.breakdown(0));
    }
}
