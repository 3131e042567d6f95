// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockIndexTest {
    @Test
    void findsEveryBlockThroughGrowthAndMissesOthers() {
        PagedLongs ids = new PagedLongs();
        BlockIndex index = new BlockIndex(ids, 16);
        Random r = new Random(9);
        int n = 300_000;
        for (int b = 0; b < n; b++) {
            long id = b % 3 == 0 ? b * 4096L : r.nextLong(); // ids that share low bits, and random ones
            if (index.get(id) >= 0) {
                id = -b - 1_000_000_000L;
            }
            ids.add(id);
            index.add(b);
        }
        assertEquals(n, index.size());
        for (int b = 0; b < n; b++) {
            assertEquals(b, index.get(ids.get(b)));
        }
        assertEquals(-1, index.get(7));
        assertEquals(-1, index.get(Long.MIN_VALUE));
        assertEquals(4L * (1 << 20), index.allocatedBytes(), "at most half full: 2^20 slots for 300k blocks");
        PagedLongs copy = ids.copy(n);
        BlockIndex c = index.copy(copy);
        ids.add(12345);
        index.add(n);
        assertEquals(n, index.get(12345));
        assertEquals(-1, c.get(12345), "the copy does not see later blocks");
        assertEquals(n - 1, c.get(copy.get(n - 1)));
    }
}
