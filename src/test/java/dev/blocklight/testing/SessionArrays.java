// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import dev.blocklight.core.session.SessionStore;

/** A session store's values as flat arrays in compressed-row order, for tests that compare two stores. */
public final class SessionArrays {
    private SessionArrays() {
    }

    public static long[] ids(SessionStore s) {
        long[] out = new long[s.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = s.numericId(b);
        }
        return out;
    }

    /** {@code blockCount + 1} step starts. */
    public static int[] starts(SessionStore s) {
        int[] out = new int[s.blockCount() + 1];
        for (int b = 0; b < s.blockCount(); b++) {
            out[b + 1] = out[b] + s.length(b);
        }
        return out;
    }

    public static int[] events(SessionStore s) {
        int[] out = new int[s.totalEvents()];
        int i = 0;
        for (int b = 0; b < s.blockCount(); b++) {
            for (int k = 0; k < s.length(b); k++) {
                out[i++] = s.event(b, k);
            }
        }
        return out;
    }

    public static long[] offsets(SessionStore s) {
        long[] out = new long[s.totalEvents()];
        int i = 0;
        for (int b = 0; b < s.blockCount(); b++) {
            for (long o : s.offsets(b)) {
                out[i++] = o;
            }
        }
        return out;
    }

    public static long[] firstSeen(SessionStore s) {
        long[] out = new long[s.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = s.firstSeen(b);
        }
        return out;
    }

    public static long[] lastSeen(SessionStore s) {
        long[] out = new long[s.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = s.lastSeen(b);
        }
        return out;
    }
}
