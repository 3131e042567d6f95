// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * A read-only view of scored blocks, the seam between the model and everything downstream
 * (thresholds, diagnosis, export). Implementations compute rows on demand so that 575k blocks
 * never need to sit in memory as objects.
 */
public interface ScoredBlocks {
    /** Marks an unknown timestamp (same value as {@code SessionStore.NO_TIME}). */
    long NO_TIME = Long.MIN_VALUE;

    /** Number of blocks. */
    int count();

    /** The block's id as written in the log, such as {@code blk_-1608999687919862906}. */
    String blockId(int i);

    /** The block's anomaly score; higher is more anomalous. */
    float score(int i);

    /** The block's event indices in log order (indices into the parse's event table). */
    int[] events(int i);

    /** Per-step reconstruction errors, aligned with {@link #events(int)}; null when the model gives none. */
    float[] stepErrors(int i);

    /** The parts its score is made of, or null when the model gives none. */
    default ScoreBreakdown breakdown(int i) {
        return null;
    }

    /** Epoch seconds of the block's first line, or {@link #NO_TIME}. */
    default long firstSeen(int i) {
        return NO_TIME;
    }

    /** Epoch seconds of the block's last line, or {@link #NO_TIME}. */
    default long lastSeen(int i) {
        return NO_TIME;
    }

    /** All scores as a new array. */
    default float[] scores() {
        float[] s = new float[count()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score(i);
        }
        return s;
    }

    /** All first-seen timestamps as a new array. */
    default long[] firstSeenTimes() {
        long[] t = new long[count()];
        for (int i = 0; i < t.length; i++) {
            t[i] = firstSeen(i);
        }
        return t;
    }
}
