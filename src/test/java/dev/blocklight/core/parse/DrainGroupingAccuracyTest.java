// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link GroupingAccuracy} on tiny hand-made cases. */
class DrainGroupingAccuracyTest {

    @Test
    void identicalGroupingsUnderDifferentLabelsArePerfect() {
        assertEquals(1.0, GroupingAccuracy.of(new int[] {7, 7, 3, 9}, new int[] {1, 1, 2, 5}));
    }

    @Test
    void mergingTwoTrueGroupsMakesBothWrong() {
        // Lines 0-2 are one event, 3-4 another; the parser puts 0-4 together; line 5 is right.
        int[] truth = {1, 1, 1, 2, 2, 3};
        int[] predicted = {4, 4, 4, 4, 4, 5};
        assertEquals(1.0 / 6, GroupingAccuracy.of(predicted, truth), 1e-12);
    }

    @Test
    void splittingOneTrueGroupMakesAllItsLinesWrong() {
        int[] truth = {1, 1, 1, 1, 2, 2};
        int[] predicted = {1, 1, 3, 3, 2, 2};
        assertEquals(2.0 / 6, GroupingAccuracy.of(predicted, truth), 1e-12);
    }

    @Test
    void singletonsAndEverythingTogether() {
        assertEquals(0.0, GroupingAccuracy.of(new int[] {1, 2, 3}, new int[] {1, 1, 1}));
        assertEquals(0.0, GroupingAccuracy.of(new int[] {1, 1, 1}, new int[] {1, 2, 3}));
        assertEquals(1.0, GroupingAccuracy.of(new int[] {5}, new int[] {-5}));
    }

    @Test
    void negativeAndLargeLabelsDoNotCollide() {
        // A naive pair key (p * 31 + t, say) could confuse these pairs.
        int[] predicted = {-1, -1, 0, Integer.MAX_VALUE};
        int[] truth = {Integer.MIN_VALUE, Integer.MIN_VALUE, -1, -1};
        assertEquals(0.5, GroupingAccuracy.of(predicted, truth), 1e-12);
    }

    @Test
    void rejectsMismatchedOrEmptyInput() {
        assertThrows(IllegalArgumentException.class, () -> GroupingAccuracy.of(new int[] {1}, new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> GroupingAccuracy.of(new int[0], new int[0]));
    }
}
