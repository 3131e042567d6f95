// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.session.SessionStore;
import java.util.HashMap;
import java.util.Map;

/**
 * A reference detector for benchmarks, not a model: it ignores the order of events and scores each
 * block by how rare its event-count vector is in the same log, {@code -ln(blocks with the same counts /
 * all blocks)}. Unsupervised and fitted on the log it scores. Blocks with the same counts tie.
 */
public final class CountVectorBaseline {
    private CountVectorBaseline() {
    }

    /** The score of every block of the store, indexed like the blocks. */
    public static float[] scores(SessionStore sessions) {
        int n = sessions.blockCount();
        String[] keys = new String[n];
        Map<String, Integer> counts = new HashMap<>();
        int[] tally = new int[16];
        for (int b = 0; b < n; b++) {
            int[] events = sessions.events(b);
            int max = 0;
            for (int e : events) {
                max = Math.max(max, e + 1);
            }
            if (tally.length < max) {
                tally = new int[max];
            }
            java.util.Arrays.fill(tally, 0, max, 0);
            for (int e : events) {
                tally[e]++;
            }
            StringBuilder key = new StringBuilder(max);
            for (int e = 0; e < max; e++) {
                key.append((char) Math.min(tally[e], Character.MAX_VALUE));
            }
            keys[b] = key.toString();
            counts.merge(keys[b], 1, Integer::sum);
        }
        float[] scores = new float[n];
        for (int b = 0; b < n; b++) {
            scores[b] = (float) -Math.log((double) counts.get(keys[b]) / n);
        }
        return scores;
    }
}
