// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The blocks table's orders by value: ids as numbers, scores as floats with unscored blocks last, times, counts. */
class SortKeysTest {
    // blocks in log order: ids 10, -3, 9, a named block, -20; event counts 2, 1, 3, 1, 2
    private static SessionStore sessions() {
        SessionBuilder b = new SessionBuilder();
        long[] ids = {10, -3, 9};
        int[] lengths = {2, 1, 3};
        long[] first = {500, 100, 300};
        for (int i = 0; i < ids.length; i++) {
            int block = b.block(ids[i]);
            for (int k = 0; k < lengths[i]; k++) {
                b.add(block, 1, i * 10L + k, first[i] + k);
            }
        }
        int named = b.block("blk_other");
        b.add(named, 1, 40, 400);
        int last = b.block(-20);
        b.add(last, 1, 50, 200);
        b.add(last, 1, 51, 900);
        return b.build(new int[] {0, 1});
    }

    private static List<Integer> sorted(SortKeys keys, SortKeys.Key key, boolean ascending) {
        List<Integer> rows = new ArrayList<>(IntStream.range(0, 5).boxed().toList());
        rows.sort(keys.comparator(List.of(new SortKeys.Sort(key, ascending))));
        return rows;
    }

    @Test
    void ordersByValue() {
        SortKeys keys = new SortKeys(sessions(), new float[] {0.5f, -1.5f, Float.NaN, -0.25f, 3f});
        assertEquals(List.of(4, 1, 2, 0, 3), sorted(keys, SortKeys.Key.BLOCK, true), "-20, -3, 9, 10, then the named block");
        assertEquals(List.of(1, 3, 0, 4, 2), sorted(keys, SortKeys.Key.SCORE, true), "negative scores first, unscored last");
        assertEquals(List.of(2, 4, 0, 3, 1), sorted(keys, SortKeys.Key.SCORE, false));
        assertEquals(List.of(1, 3, 0, 4, 2), sorted(keys, SortKeys.Key.EVENTS, true), "ties keep log order");
        assertEquals(List.of(1, 4, 2, 3, 0), sorted(keys, SortKeys.Key.FIRST_SEEN, true));
        assertEquals(List.of(4, 0, 3, 2, 1), sorted(keys, SortKeys.Key.LAST_SEEN, false));
        assertNull(keys.comparator(List.of()), "no sort order: log order");
    }

    @Test
    void aSecondColumnBreaksTies() {
        SortKeys keys = new SortKeys(sessions(), null);
        List<Integer> rows = new ArrayList<>(IntStream.range(0, 5).boxed().toList());
        rows.sort(keys.comparator(List.of(new SortKeys.Sort(SortKeys.Key.EVENTS, false),
                new SortKeys.Sort(SortKeys.Key.BLOCK, false))));
        assertEquals(List.of(2, 0, 4, 3, 1), rows, "3 events; 2 events: id 10 before -20; 1 event: named before -3");
    }
}
