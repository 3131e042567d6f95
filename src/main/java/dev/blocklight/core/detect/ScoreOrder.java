// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Arrays;

/** Orders block indices by score with primitive sorts (no boxing), for 575k blocks. */
public final class ScoreOrder {
    private ScoreOrder() {
    }

    /** An int whose signed order is the float order (NaN excluded). */
    public static int sortable(float f) {
        int b = Float.floatToIntBits(f);
        return b ^ ((b >> 31) & 0x7fffffff);
    }

    /**
     * Indices of the blocks scoring strictly above {@code threshold}, highest score first; equal
     * scores keep block order. Memory: 8 bytes per flagged block, briefly.
     */
    public static int[] flaggedDescending(ScoredBlocks blocks, double threshold) {
        int n = blocks.count();
        long[] keys = new long[Math.min(n, 1024)];
        int m = 0;
        for (int i = 0; i < n; i++) {
            float s = blocks.score(i);
            if (s > threshold) {
                if (m == keys.length) {
                    keys = Arrays.copyOf(keys, Math.min(n, 2 * m));
                }
                // ascending sort of (-score, index): the complement flips the score order only
                keys[m++] = ((long) ~sortable(s) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, m);
        int[] out = new int[m];
        for (int j = 0; j < m; j++) {
            out[j] = (int) keys[j];
        }
        return out;
    }
}
