// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.ingest.Cancellation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two tiny logs: in one, anomalies have normal counts in a wrong order; in the other, normal blocks
 * come in any order and anomalies have one event too few. The combined score, at the default
 * threshold for a model trained on normal blocks, flags both kinds, and its breakdown says which part did.
 */
class CombinedScoreTest {
    static final Vocabulary VOCAB = Vocabulary.of(TinyData.events());

    @Test
    void theNetworkCatchesWrongOrderWithNormalCounts() {
        int[][] normal = TinyData.normal(400, 3);
        int[] swapped = {1, 3, 2, 4};
        Outcome o = trainAndScore(normal, new int[][] {swapped, {1, 3, 2, 2, 4}, {4, 3, 2, 1}});
        for (int i = 0; i < o.anomalies.length; i++) {
            ScoreBreakdown parts = o.anomalies[i].breakdown();
            assertEquals(0f, parts.counts(), "the counts of a normal block: the count part is silent");
            assertTrue(o.anomalies[i].score() > o.threshold, "order anomaly " + i + " scores "
                    + o.anomalies[i].score() + " against threshold " + o.threshold);
        }
        assertTrue(o.normalsFlagged == 0, o.normalsFlagged + " normal blocks flagged");
    }

    @Test
    void theCountPartCatchesAMissingEventWhateverTheOrder() {
        Random r = new Random(5);
        int[][] normal = new int[400][];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = shuffledMiddle(new int[] {2, 2, 3, 3}, r);
        }
        int[][] anomalies = new int[20][];
        for (int i = 0; i < anomalies.length; i++) {
            anomalies[i] = shuffledMiddle(new int[] {2, 2, 3}, r);
        }
        Outcome o = trainAndScore(normal, anomalies);
        for (SequenceScore a : o.anomalies) {
            ScoreBreakdown parts = a.breakdown();
            assertTrue(parts.counts() >= CountProfile.BASE, "count part " + parts.counts());
            assertEquals("E3 (Received block of size) 1x, normal blocks 2x", parts.countDiffs().get(0).describe());
            assertTrue(a.score() > o.threshold, "missing event scores " + a.score() + " against " + o.threshold);
            assertEquals(a.score(), parts.total(), 1e-4, "the parts add up to the score");
        }
        assertTrue(o.normalsFlagged == 0, o.normalsFlagged + " normal blocks flagged");
    }

    private record Outcome(SequenceScore[] anomalies, double threshold, int normalsFlagged) {
    }

    private static Outcome trainAndScore(int[][] normal, int[][] anomalies) {
        SequenceSet set = new SequenceEncoder(TinyData.config().maxLength(), VOCAB.identity()).encode(normal);
        AutoencoderModel model = new Trainer(TinyData.config(), 2).train(set, VOCAB, 0, e -> { }, Cancellation.NEVER)
                .model();
        float[] training = model.scorer(2).score(normal, Cancellation.NEVER).scores();
        double t = ThresholdSpecs.defaultStrategy(true).choose(ScoreIndex.of(training, training, null)).value();
        Scorer one = model.scorer(1);
        SequenceScore[] out = new SequenceScore[anomalies.length];
        for (int i = 0; i < anomalies.length; i++) {
            out[i] = one.scoreOne(anomalies[i]);
        }
        Random r = new Random(9);
        int flagged = 0;
        for (int i = 0; i < 200; i++) {
            int[] fresh = normal[r.nextInt(normal.length)];
            flagged += one.scoreOne(fresh).score() > t ? 1 : 0;
        }
        return new Outcome(out, t, flagged);
    }

    private static int[] shuffledMiddle(int[] middle, Random r) {
        List<Integer> m = new ArrayList<>();
        for (int e : middle) {
            m.add(e);
        }
        Collections.shuffle(m, r);
        int[] out = new int[middle.length + 2];
        out[0] = 1;
        for (int k = 0; k < middle.length; k++) {
            out[k + 1] = m.get(k);
        }
        out[out.length - 1] = 4;
        return out;
    }
}
