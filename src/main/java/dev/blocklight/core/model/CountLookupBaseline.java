// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.session.SessionStore;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A reference detector for benchmarks, not a model: the simplest detector that uses labels. It
 * remembers the event-count vector (how often each event occurs, in any order) of every block
 * labelled normal in a training log, and scores a block of another log 1 when its count vector is
 * not among them, else 0. Events are matched between the logs by template text.
 */
public final class CountLookupBaseline {
    private CountLookupBaseline() {
    }

    /**
     * @param trainLabels per training block 0 normal, 1 anomaly, -1 unknown; only the normal ones are remembered
     * @return per block of {@code test}: 1 when its counts are unknown, 0 when some normal training block had them
     */
    public static float[] scores(SessionStore train, EventTable trainEvents, byte[] trainLabels, SessionStore test,
            EventTable testEvents) {
        Vocabulary v = Vocabulary.of(trainEvents);
        EventMapping own = v.mappingFrom(trainEvents);
        Set<List<Integer>> normal = new HashSet<>();
        for (int b = 0; b < train.blockCount(); b++) {
            if (trainLabels[b] == 0) {
                normal.add(key(train.events(b), own));
            }
        }
        EventMapping other = v.mappingFrom(testEvents);
        float[] out = new float[test.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = normal.contains(key(test.events(b), other)) ? 0f : 1f;
        }
        return out;
    }

    private static List<Integer> key(int[] logEvents, EventMapping mapping) {
        int[] mapped = new int[logEvents.length];
        for (int k = 0; k < mapped.length; k++) {
            mapped[k] = mapping.map(logEvents[k]);
        }
        return Arrays.stream(SequenceSet.countsOf(mapped)).boxed().toList();
    }
}
