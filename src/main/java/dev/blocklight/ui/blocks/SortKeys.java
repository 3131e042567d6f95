// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.blocks;

import dev.blocklight.core.detect.ScoreOrder;
import dev.blocklight.core.session.SessionStore;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks table's sort orders as ranks: for each column, every block's position in that column's
 * order, computed once per parse (per scoring for the score) from the primitive data. Sorting the
 * table then compares two ints per step instead of building both cells' text (a block id or a date)
 * through the column's cell value factory: that took 35 s on the FX thread for 597,511 blocks sorted
 * by id, and 0.5 s by score. Equal values share a rank, so a further sort column can break the tie.
 */
final class SortKeys {
    /** What a column sorts by. */
    enum Key {
        /** The block id: numeric ids by value, then named blocks by name. */
        BLOCK,
        /** The score (and the severity, which follows it); unscored blocks last. */
        SCORE,
        EVENTS,
        FIRST_SEEN,
        LAST_SEEN
    }

    /** One column of a sort order. */
    record Sort(Key key, boolean ascending) {
    }

    private final SessionStore sessions;
    private final float[] scores;
    private final Map<Key, int[]> ranks = new EnumMap<>(Key.class);

    /** @param scores one per block, or null before scoring */
    SortKeys(SessionStore sessions, float[] scores) {
        this.sessions = sessions;
        this.scores = scores;
    }

    /** A comparator of block indices for the sort order (ties keep log order), or null for none. */
    Comparator<Integer> comparator(List<Sort> order) {
        if (order.isEmpty()) {
            return null;
        }
        int[][] r = new int[order.size()][];
        boolean[] up = new boolean[r.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = ranks.computeIfAbsent(order.get(i).key(), this::rank);
            up[i] = order.get(i).ascending();
        }
        return (a, b) -> {
            for (int i = 0; i < r.length; i++) {
                int c = Integer.compare(r[i][a], r[i][b]);
                if (c != 0) {
                    return up[i] ? c : -c;
                }
            }
            return Integer.compare(a, b);
        };
    }

    private int[] rank(Key key) {
        int n = sessions.blockCount();
        if (key == Key.BLOCK || key == Key.FIRST_SEEN || key == Key.LAST_SEEN) {
            return rankByLong(key, n);
        }
        long[] packed = new long[n];
        for (int b = 0; b < n; b++) {
            packed[b] = ((long) key32(key, b) << 32) | b; // the key, then the index: a unique, sortable long
        }
        Arrays.sort(packed);
        int[] rank = new int[n];
        int r = 0;
        for (int k = 0; k < n; k++) {
            r += k > 0 && packed[k] >> 32 != packed[k - 1] >> 32 ? 1 : 0; // equal keys share a rank
            rank[(int) packed[k]] = r;
        }
        return rank;
    }

    /** A 32-bit key whose signed order is the column's order. */
    private int key32(Key key, int b) {
        if (key == Key.EVENTS) {
            return sessions.length(b);
        }
        float s = scores == null ? Float.NaN : scores[b];
        if (Float.isNaN(s)) {
            return Integer.MAX_VALUE; // unscored last
        }
        return ScoreOrder.sortable(s == 0f ? 0f : s); // -0 and 0 share a rank
    }

    /** Ranks for 64-bit keys (ids, times), by a sort of the block indices. */
    private int[] rankByLong(Key key, int n) {
        Integer[] order = new Integer[n];
        for (int b = 0; b < n; b++) {
            order[b] = b;
        }
        Comparator<Integer> c;
        if (key == Key.BLOCK) {
            Map<Integer, String> names = sessions.namedBlocks();
            c = (a, b) -> {
                String na = names.get(a);
                String nb = names.get(b);
                if (na == null && nb == null) {
                    return Long.compare(sessions.numericId(a), sessions.numericId(b));
                }
                return na == null ? -1 : nb == null ? 1 : na.compareTo(nb);
            };
        } else {
            boolean first = key == Key.FIRST_SEEN;
            c = (a, b) -> Long.compare(first ? sessions.firstSeen(a) : sessions.lastSeen(a),
                    first ? sessions.firstSeen(b) : sessions.lastSeen(b));
        }
        Arrays.sort(order, c);
        int[] rank = new int[n];
        int r = 0;
        for (int k = 0; k < n; k++) {
            r += k > 0 && c.compare(order[k - 1], order[k]) != 0 ? 1 : 0; // equal keys share a rank
            rank[order[k]] = r;
        }
        return rank;
    }
}
