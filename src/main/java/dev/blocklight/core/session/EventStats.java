// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

/** Per-event figures over all block sessions: how many blocks contain an event, and where it occurs. */
public final class EventStats {
    private EventStats() {
    }

    /** For each event index below {@code events}, the number of blocks that contain it at least once. */
    public static int[] blocksContaining(SessionStore sessions, int events) {
        int[] count = new int[events];
        int[] lastBlock = new int[events];
        java.util.Arrays.fill(lastBlock, -1);
        for (int b = 0; b < sessions.blockCount(); b++) {
            for (int k = 0, n = sessions.length(b); k < n; k++) {
                int e = sessions.event(b, k);
                if (lastBlock[e] != b) {
                    lastBlock[e] = b;
                    count[e]++;
                }
            }
        }
        return count;
    }

    /** For each block, whether it contains {@code event} at least once. */
    public static boolean[] blocksWith(SessionStore sessions, int event) {
        boolean[] has = new boolean[sessions.blockCount()];
        for (int b = 0; b < has.length; b++) {
            for (int k = 0, n = sessions.length(b); k < n && !has[b]; k++) {
                has[b] = sessions.event(b, k) == event;
            }
        }
        return has;
    }

    /** Byte offsets of up to {@code max} lines of an event, from distinct blocks first in log order. */
    public static long[] exampleOffsets(SessionStore sessions, int event, int max) {
        long[] out = new long[max];
        int n = 0;
        for (int b = 0; b < sessions.blockCount() && n < max; b++) {
            for (int k = 0, len = sessions.length(b); k < len; k++) {
                if (sessions.event(b, k) == event && sessions.offset(b, k) >= 0) {
                    out[n++] = sessions.offset(b, k);
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
