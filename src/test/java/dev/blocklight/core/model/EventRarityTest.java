// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventRarityTest {
    private static final ModelConfig ONE_PERCENT = ModelConfig.defaults().withRareEvents(0.01, 1.0);

    @Test
    void sharesCountBlocksNotOccurrences() {
        // 1,000 blocks: 990 of "1 1 2", 9 of "1 3 3 3", 1 of "1 4"; event 0 never occurs
        SequenceSet data = new SequenceSet(new int[][] {{1, 1, 2}, {1, 3, 3, 3}, {1, 4}}, new int[] {990, 9, 1},
                new int[0], 0);
        double[] shares = EventRarity.shares(data, 5);
        assertArrayEquals(new double[] {0.001, 1.0, 0.99, 0.009, 0.001}, shares, 1e-12);
    }

    @Test
    void aBlockCostsItsRarestEventBelowTheShare() {
        EventRarity r = new EventRarity(new double[] {0.0001, 1.0, 0.5, 0.005, 0.001}, ONE_PERCENT);
        assertEquals(0f, r.of(new int[] {1, 2, 1}), 0f);
        assertEquals((float) Math.log(2), r.of(new int[] {1, 3, 2}), 1e-6);
        assertEquals((float) Math.log(10), r.of(new int[] {3, 4, 1}), 1e-6);
        assertEquals((float) Math.log(100), r.of(new int[] {0, 4}), 1e-6);
        assertEquals(0f, r.of(new int[0]), 0f);
    }

    @Test
    void weightScalesAndZeroShareSwitchesItOff() {
        double[] shares = {0.001, 1.0};
        assertEquals(2 * (float) Math.log(10), new EventRarity(shares, ModelConfig.defaults().withRareEvents(0.01, 2))
                .of(new int[] {0, 1}), 1e-6);
        assertEquals(0f, new EventRarity(shares, ModelConfig.defaults().withRareEvents(0, 1)).of(new int[] {0, 1}), 0f);
        assertEquals(0f, new EventRarity(shares, ModelConfig.defaults().withRareEvents(0.01, 0)).of(new int[] {0}), 0f);
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.defaults().withRareEvents(1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.defaults().withRareEvents(-0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.defaults().withRareEvents(0.01, -1));
        assertEquals(0.01, ModelConfig.defaults().rareEventShare());
        assertEquals(1.0, ModelConfig.defaults().rareEventWeight());
    }
}
