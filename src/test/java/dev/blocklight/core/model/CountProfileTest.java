// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.CountDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count profile knows normal event counts and the relations between them, and says which are off. */
class CountProfileTest {
    /** A write: allocate (1), three receiving (2), three received (3), delete (4). */
    static final int[] WRITE = {1, 2, 2, 2, 3, 3, 3, 4};
    /** A write that was read once (5) before it was deleted. */
    static final int[] READ = {1, 2, 2, 2, 3, 3, 3, 5, 4};

    static SequenceSet blocks(int[]... seqs) {
        return new SequenceEncoder(64, Vocabulary.of(TinyData.events()).identity()).encode(seqs);
    }

    static int[][] repeat(int[] seq, int n) {
        int[][] out = new int[n][];
        Arrays.fill(out, seq);
        return out;
    }

    static int[][] concat(int[][]... parts) {
        List<int[]> all = new ArrayList<>();
        for (int[][] p : parts) {
            all.addAll(Arrays.asList(p));
        }
        return all.toArray(new int[0][]);
    }

    static String id(int e) {
        return "E" + e;
    }

    @Test
    void knownCountsAddNothingAndOthersSayWhichEventIsOff() {
        CountProfile p = CountProfile.learn(blocks(concat(repeat(WRITE, 90), repeat(READ, 10))), 0);
        assertEquals(0f, p.judge(SequenceSet.countsOf(WRITE)).part());
        assertEquals(0f, p.judge(SequenceSet.countsOf(new int[] {2, 3, 1, 2, 3, 5, 4, 3, 2})).part(),
                "order does not matter to counts");
        CountProfile.Verdict lost = p.judge(SequenceSet.countsOf(new int[] {1, 2, 2, 2, 3, 3, 4}));
        assertTrue(lost.unseen());
        assertTrue(lost.part() >= CountProfile.BASE + 1, "at distance 1 from a write: " + lost.part());
        assertEquals(List.of(new CountDiff("E3", 2, 3, false)), p.diffs(lost, CountProfileTest::id));
        assertEquals("E3 2x, normal blocks 3x", p.diffs(lost, CountProfileTest::id).get(0).describe());

        CountProfile.Verdict failed = p.judge(SequenceSet.countsOf(new int[] {1, 2, 2, 2, 3, 3, 3, 5, 5, 5, 5}));
        List<CountDiff> words = p.diffs(failed, CountProfileTest::id);
        assertEquals(new CountDiff("E5", 4, 1, false), words.get(0), "largest difference first: " + words);
        assertEquals(new CountDiff("E4", 0, 1, false), words.get(1));
        assertTrue(failed.part() > lost.part(), "farther from normal scores higher");

        CountProfile.Verdict strange = p.judge(SequenceSet.countsOf(new int[] {1, 2, 2, 2, 3, 3, 3, 4, 6}));
        assertEquals("E6 1x, never in normal blocks", p.diffs(strange, CountProfileTest::id).get(0).describe());
    }

    @Test
    void relationsSurviveAFewAnomaliesAmongTheTrainingBlocks() {
        // 100 blocks where receiving (2) always matches received (3), in different amounts
        int[][] normal = concat(repeat(WRITE, 60), repeat(new int[] {1, 2, 2, 3, 3, 4}, 38));
        int[] lost = {1, 2, 2, 2, 3, 3, 4};
        CountProfile tolerant = CountProfile.learn(blocks(concat(normal, repeat(lost, 2))), 0.03);
        CountProfile.Verdict v = tolerant.judge(SequenceSet.countsOf(lost));
        assertFalse(v.unseen(), "these counts were in training");
        assertTrue(v.broken() > 0 && v.part() >= CountProfile.BASE, "breaks receiving = received: " + v);
        assertEquals(List.of(new CountDiff("E3", 2, 3, false)), tolerant.diffs(v, CountProfileTest::id));
        assertEquals(0f, tolerant.judge(SequenceSet.countsOf(new int[] {1, 2, 2, 3, 3, 4})).part());

        CountProfile strict = CountProfile.learn(blocks(concat(normal, repeat(lost, 2))), 0);
        assertEquals(0f, strict.judge(SequenceSet.countsOf(lost)).part(), "without tolerance they are normal");
        CountProfile crowded = CountProfile.learn(blocks(concat(normal, repeat(lost, 6))), 0.03);
        assertEquals(0f, crowded.judge(SequenceSet.countsOf(lost)).part(),
                "a relation broken by more than the tolerance is not kept");
    }

    @Test
    void theStoredFormJudgesAlike() {
        CountProfile p = CountProfile.learn(blocks(concat(repeat(WRITE, 97), repeat(new int[] {1, 2, 3}, 3))), 0.03);
        CountProfile back = CountProfile.of(p.stored());
        for (int[] s : new int[][] {WRITE, {1, 2, 3}, {1, 2, 2, 3}, {5, 5}, READ}) {
            int[] c = SequenceSet.countsOf(s);
            assertEquals(p.judge(c).part(), back.judge(c).part(), Arrays.toString(s));
            assertEquals(p.diffs(p.judge(c), CountProfileTest::id), back.diffs(back.judge(c), CountProfileTest::id));
        }
    }

    @Test
    void truncatedBlocksKeepTheCountsOfTheirWholeLife() {
        SequenceSet set = new SequenceEncoder(4, Vocabulary.of(TinyData.events()).identity())
                .encode(new int[][] {{1, 2, 2, 2, 3, 3, 3, 4}, {1, 2, 2, 2, 3, 4}, {1, 2, 2, 2, 3, 4}});
        assertEquals(2, set.size(), "same first four steps, different whole counts");
        assertNotEquals(set.distinctOf(0), set.distinctOf(1));
        assertEquals(set.distinctOf(1), set.distinctOf(2));
        assertArrayEquals(new int[] {0, 1, 3, 3, 1}, set.eventCounts(set.distinctOf(0)));
        assertArrayEquals(new int[] {0, 1, 3, 1, 1}, set.eventCounts(set.distinctOf(1)));
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
