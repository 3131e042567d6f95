// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

/** Truncation, distinct counting, padding and masks of model input. */
class SequenceEncoderTest {
    private static final EventMapping SHIFT = new EventMapping(new int[] {0, 2, 3, 1}, List.of());

    @Test
    void truncatesMapsAndCountsDistinctSequences() {
        SequenceEncoder enc = new SequenceEncoder(3, SHIFT);
        int[][] blocks = {{1, 2, 3, 1, 2}, {1, 2, 3}, {3}, {}, {1, 2, 3, 3}, {9}};
        SequenceSet set = enc.encode(blocks);
        assertEquals(6, set.blockCount());
        assertEquals(2, set.truncatedBlocks(), "two blocks are longer than 3");
        int first = set.distinctOf(0);
        assertArrayEquals(new int[] {2, 3, 1}, set.sequence(first), "first 3 steps, mapped");
        assertNotEquals(first, set.distinctOf(1), "equal after truncation but not in their whole counts: kept apart");
        assertNotEquals(first, set.distinctOf(4));
        assertNotEquals(set.distinctOf(1), set.distinctOf(4));
        assertEquals(1, set.count(first));
        assertArrayEquals(new int[] {0, 1, 2, 2}, set.eventCounts(first), "the whole block's counts");
        assertArrayEquals(new int[] {0, 2, 1, 1}, set.eventCounts(set.distinctOf(4)));
        assertArrayEquals(new int[] {1}, set.sequence(set.distinctOf(2)));
        assertEquals(-1, set.distinctOf(3), "an empty block is not scored");
        assertArrayEquals(new int[] {0}, set.sequence(set.distinctOf(5)), "out-of-table event becomes unknown");
        assertEquals(5, set.size());
        assertEquals(5, set.includedBlocks());
    }

    @Test
    void encodesSessionStoresWithAFilter() {
        SessionBuilder b = new SessionBuilder();
        int[][] seqs = {{1, 2, 3}, {1, 2}, {1, 2, 3}};
        for (int i = 0; i < seqs.length; i++) {
            int block = b.block(1000L + i);
            for (int e : seqs[i]) {
                b.add(block, e, 0, SessionStore.NO_TIME);
            }
        }
        SessionStore store = b.build(new int[] {0, 1, 2, 3});
        SequenceSet set = new SequenceEncoder(2, SHIFT).encode(store, blk -> blk != 1);
        assertEquals(-1, set.distinctOf(1));
        assertEquals(set.distinctOf(0), set.distinctOf(2));
        assertArrayEquals(new int[] {2, 3}, set.sequence(set.distinctOf(0)));
        assertEquals(2, set.truncatedBlocks());
        assertEquals(2, set.includedBlocks());
    }

    @Test
    void planSortsByLengthAndUsesEveryMemberOnce() {
        Random r = new Random(5);
        int[][] seqs = new int[100][];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = new int[1 + r.nextInt(20)];
        }
        int[] members = new int[90];
        for (int i = 0; i < members.length; i++) {
            members[i] = i + 10;
        }
        for (Random shuffle : new Random[] {null, new Random(1)}) {
            List<int[]> plan = BatchBuilder.plan(seqs, members, 16, shuffle);
            Set<Integer> seen = new HashSet<>();
            List<Integer> widths = new ArrayList<>();
            for (int[] batch : plan) {
                assertTrue(batch.length <= 16);
                for (int i : batch) {
                    assertTrue(seen.add(i), "member used twice");
                }
                widths.add(BatchBuilder.width(seqs, batch));
                for (int[] other : plan) {
                    assertTrue(other == batch || max(seqs, batch) <= min(seqs, other)
                            || max(seqs, other) <= min(seqs, batch), "length ranges of batches do not overlap");
                }
            }
            assertEquals(90, seen.size());
            assertTrue(seen.stream().allMatch(i -> i >= 10));
            if (shuffle == null) {
                assertEquals(widths.stream().sorted().toList(), widths, "deterministic plan is in length order");
            }
        }
    }

    private static int min(int[][] seqs, int[] batch) {
        return java.util.Arrays.stream(batch).map(i -> seqs[i].length).min().orElseThrow();
    }

    private static int max(int[][] seqs, int[] batch) {
        return java.util.Arrays.stream(batch).map(i -> seqs[i].length).max().orElseThrow();
    }

    @Test
    void padsAndMasksSoPaddingIsNeverScored() {
        int[][] seqs = {{3, 1}, {2, 2, 2, 0}};
        int[] batch = {0, 1};
        float[] weights = {2.5f, 0.5f};
        int classes = 6; // padding, events 0..3 as classes 1..4, end marker 5
        MultiDataSet ds = BatchBuilder.trainingSet(seqs, batch, weights, classes);
        INDArray x = ds.getFeatures(0);
        assertArrayEquals(new long[] {2, 1, 5}, x.shape(), "longest sequence plus the end marker");
        assertArrayEquals(new float[] {4, 2, 5, Vocabulary.PAD, Vocabulary.PAD},
                x.reshape(2, 5).getRow(0).toFloatVector(), "network class is event + 1, then the end, then padding");
        assertArrayEquals(new float[] {3, 3, 3, 1, 5}, x.reshape(2, 5).getRow(1).toFloatVector());
        assertArrayEquals(new float[] {1, 1, 1, 0, 0}, ds.getFeaturesMaskArray(0).getRow(0).toFloatVector());
        assertArrayEquals(new float[] {1, 1, 1, 1, 1}, ds.getFeaturesMaskArray(0).getRow(1).toFloatVector());
        assertArrayEquals(new float[] {2.5f, 2.5f, 2.5f, 0, 0}, ds.getLabelsMaskArray(0).getRow(0).toFloatVector(),
                "label mask carries the weight on real steps and the end marker only");
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0.5f},
                ds.getLabelsMaskArray(0).getRow(1).toFloatVector());
        INDArray y = ds.getLabels(0);
        assertArrayEquals(new long[] {2, classes, 5}, y.shape());
        assertEquals(1f, y.getFloat(0, 4, 0));
        assertEquals(1f, y.getFloat(0, 2, 1));
        assertEquals(1f, y.getFloat(0, 5, 2), "the end marker follows the last real step");
        assertEquals(0f, y.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 5))
                .sumNumber().floatValue(), "no label on padding");
        assertEquals(1f, y.getFloat(1, 1, 3), "unknown event 0 is class 1");
        assertEquals(1f, y.getFloat(1, 5, 4));
        assertEquals(8f, y.sumNumber().floatValue(), "one label per real step and end marker, nothing else");
        assertEquals(8f, y.sumNumber().floatValue(), "exactly one label per real step and end marker");
    }
}
