// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventContributionIndexTest {
    // b0 0.9: E1 E2 E1 with errors 0.5 0.1 0.4; b1 0.8: E2 E3 with 0.3 0.7; b2 0.1: E1 E3 with 0.05 0.05
    private static final int[][] EVENTS = {{1, 2, 1}, {2, 3}, {1, 3}};
    private static final float[][] ERRORS = {{0.5f, 0.1f, 0.4f}, {0.3f, 0.7f}, {0.05f, 0.05f}};
    private static final float[] SCORES = {0.9f, 0.8f, 0.1f};

    private static ArrayBlocks blocks(float[][] errors) {
        return new ArrayBlocks(new String[] {"a", "b", "c"}, SCORES, EVENTS, errors, null, null);
    }

    @Test
    void sharesOfTheFlaggedBlocksError() {
        EventContributionIndex idx = EventContributionIndex.build(blocks(ERRORS));
        // above 0.5: b0 and b1. E1 0.9, E2 0.4, E3 0.7 of a total 2.0
        List<EventContribution> top = idx.top(0.5, 2, 5);
        assertEquals(3, top.size());
        assertEquals(1, top.get(0).event());
        assertEquals(0.45, top.get(0).errorShare(), 1e-6);
        assertEquals(3, top.get(1).event());
        assertEquals(0.35, top.get(1).errorShare(), 1e-6);
        assertEquals(2, top.get(2).event());
        assertEquals(0.2, top.get(2).errorShare(), 1e-6);
        // E2 is in both flagged blocks (2/2) but in 2 of 3 blocks overall: lift 1.5; E1 in 1/2 vs 2/3: 0.75
        assertEquals(2, top.get(2).flaggedBlocks());
        assertEquals(1.5, top.get(2).lift(), 1e-9);
        assertEquals(0.75, top.get(0).lift(), 1e-9);
        assertEquals(2, idx.top(0.5, 2, 2).size());
    }

    @Test
    void everyBlockFlagged() {
        EventContributionIndex idx = EventContributionIndex.build(blocks(ERRORS));
        // totals E1 0.95, E2 0.4, E3 0.75 of 2.1
        List<EventContribution> top = idx.top(0.0, 3, 5);
        assertEquals(0.95 / 2.1, top.get(0).errorShare(), 1e-6);
        assertEquals(0.75 / 2.1, top.get(1).errorShare(), 1e-6);
        assertEquals(1.0, top.get(0).lift(), 1e-9);
    }

    @Test
    void stepCountsWithoutErrors() {
        EventContributionIndex idx = EventContributionIndex.build(blocks(null));
        // flagged steps: E1 twice, E2 twice, E3 once
        List<EventContribution> top = idx.top(0.5, 2, 5);
        assertEquals(List.of(1, 2, 3), top.stream().map(EventContribution::event).toList());
        assertEquals(0.4, top.get(0).errorShare(), 1e-6);
        assertEquals(0.2, top.get(2).errorShare(), 1e-6);
    }

    @Test
    void nothingFlaggedNothingListed() {
        assertEquals(List.of(), EventContributionIndex.build(blocks(ERRORS)).top(1.0, 0, 5));
    }

    @Test
    void misalignedErrorsAreRejected() {
        float[][] bad = {{0.5f}, {0.3f, 0.7f}, {0.05f, 0.05f}};
        assertThrows(IllegalArgumentException.class, () -> EventContributionIndex.build(blocks(bad)));
    }
}
