// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import org.junit.jupiter.api.Test;

class CountVectorBaselineTest {

    @Test
    void blocksWithTheSameCountsTieAndRareCountsScoreHigher() {
        int[][] blocks = {{1, 2, 2, 3}, {2, 1, 3, 2}, {3, 2, 2, 1}, {1, 2, 3}};
        SessionBuilder builder = new SessionBuilder();
        for (int i = 0; i < blocks.length; i++) {
            int b = builder.block(100 + i);
            for (int e : blocks[i]) {
                builder.add(b, e, 0, SessionStore.NO_TIME);
            }
        }
        float[] s = CountVectorBaseline.scores(builder.build(new int[] {0, 1, 2, 3}));
        assertEquals(s[0], s[1], "order does not matter");
        assertEquals(s[0], s[2]);
        assertEquals((float) -Math.log(3 / 4.0), s[0], 1e-6);
        assertEquals((float) Math.log(4), s[3], 1e-6, "one block in four has these counts");
    }
}
