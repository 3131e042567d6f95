// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A block's top contributing events, worked out by hand. */
class BlockContributionsTest {
    @Test
    void sumsEachEventsStepErrorsAndRanksByThem() {
        // events 5 3 5 9 3 with errors 1 2 4 0.5 0.5: event 5 has 5 (2 steps), 3 has 2.5, 9 has 0.5; total 8
        List<BlockContributions.Part> top = BlockContributions.top(new int[] {5, 3, 5, 9, 3},
                new float[] {1, 2, 4, 0.5f, 0.5f}, 2);
        assertEquals(2, top.size());
        assertEquals(new BlockContributions.Part(5, 2, 5, 5 / 8.0), top.get(0));
        assertEquals(new BlockContributions.Part(3, 2, 2.5, 2.5 / 8), top.get(1));
    }

    @Test
    void stepsBeyondTheErrorsCountAsNoErrorAndTiesKeepLogOrder() {
        // a model that saw only the first 2 steps: events 7 and 4 tie at 1, event 2 has no error
        List<BlockContributions.Part> top = BlockContributions.top(new int[] {7, 4, 2}, new float[] {1, 1}, 5);
        assertEquals(List.of(7, 4, 2), top.stream().map(BlockContributions.Part::event).toList());
        assertEquals(0, top.get(2).error());
        assertEquals(0.5, top.get(0).share());
    }

    @Test
    void noErrorsMeansNoContributions() {
        assertTrue(BlockContributions.top(new int[] {1, 2}, null, 5).isEmpty());
        assertTrue(BlockContributions.top(new int[0], new float[0], 5).isEmpty());
        assertEquals(0, BlockContributions.top(new int[] {1}, new float[] {0}, 5).get(0).share());
    }
}
