// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Turns block event sequences into model input: maps each log event to the model's vocabulary, keeps
 * the first {@code maxLength} steps, and collects the distinct results with their counts.
 */
public final class SequenceEncoder {
    private final int maxLength;
    private final EventMapping mapping;

    public SequenceEncoder(int maxLength, EventMapping mapping) {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("max length must be positive");
        }
        this.maxLength = maxLength;
        this.mapping = mapping;
    }

    public int maxLength() {
        return maxLength;
    }

    /** One sequence of log event indices, mapped and truncated. */
    public int[] encode(int[] logEvents) {
        int n = Math.min(logEvents.length, maxLength);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = mapping.map(logEvents[k]);
        }
        return out;
    }

    /** Every block of the store. */
    public SequenceSet encode(SessionStore store) {
        return encode(store, b -> true);
    }

    /** The blocks of the store accepted by {@code include}; the others get distinct index -1. */
    public SequenceSet encode(SessionStore store, IntPredicate include) {
        Collector c = new Collector(store.blockCount());
        int[] buf = new int[maxLength];
        for (int b = 0; b < store.blockCount(); b++) {
            if (!include.test(b)) {
                continue;
            }
            int len = store.length(b);
            int n = Math.min(len, maxLength);
            for (int k = 0; k < n; k++) {
                buf[k] = mapping.map(store.event(b, k));
            }
            int[] full = null;
            if (len > maxLength) {
                full = new int[len];
                System.arraycopy(buf, 0, full, 0, n);
                for (int k = n; k < len; k++) {
                    full[k] = mapping.map(store.event(b, k));
                }
            }
            c.add(b, buf, n, full);
        }
        return c.finish();
    }

    /** Plain sequences of log event indices, one per block. */
    public SequenceSet encode(int[][] logSequences) {
        Collector c = new Collector(logSequences.length);
        for (int b = 0; b < logSequences.length; b++) {
            int[] enc = encode(logSequences[b]);
            int[] full = null;
            if (logSequences[b].length > maxLength) {
                full = new int[logSequences[b].length];
                for (int k = 0; k < full.length; k++) {
                    full[k] = mapping.map(logSequences[b][k]);
                }
            }
            c.add(b, enc, enc.length, full);
        }
        return c.finish();
    }

    /**
     * Gathers distinct sequences. A truncated block's key also holds its whole event counts, so that
     * blocks which differ only after the cut keep their own counts.
     */
    private static final class Collector {
        private final Map<Key, Integer> index = new HashMap<>();
        private final List<int[]> sequences = new ArrayList<>();
        private final List<int[]> eventCounts = new ArrayList<>();
        private final List<int[]> counts = new ArrayList<>();
        private final int[] ofBlock;
        private int truncated;

        Collector(int blocks) {
            ofBlock = new int[blocks];
            Arrays.fill(ofBlock, -1);
        }

        /** Adds a block's first {@code n} mapped steps; {@code whole} is its whole mapped sequence when cut, else null. */
        void add(int block, int[] buf, int n, int[] whole) {
            if (n == 0) {
                return;
            }
            int[] seq = Arrays.copyOf(buf, n);
            int[] wholeCounts = null;
            if (whole != null) {
                truncated++;
                wholeCounts = SequenceSet.countsOf(whole);
            }
            Key probe = new Key(seq, wholeCounts);
            Integer i = index.get(probe);
            if (i == null) {
                i = sequences.size();
                index.put(probe, i);
                sequences.add(seq);
                eventCounts.add(wholeCounts != null ? wholeCounts : SequenceSet.countsOf(seq));
                counts.add(new int[1]);
            }
            counts.get(i)[0]++;
            ofBlock[block] = i;
        }

        SequenceSet finish() {
            int[] c = new int[counts.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = counts.get(i)[0];
            }
            return new SequenceSet(sequences.toArray(new int[0][]), c, ofBlock, truncated,
                    eventCounts.toArray(new int[0][]));
        }
    }

    /** An int sequence, with the whole counts of a truncated block (else null), usable as a hash key. */
    private static final class Key {
        final int[] seq;
        final int[] wholeCounts;
        final int hash;

        Key(int[] seq, int[] wholeCounts) {
            this.seq = seq;
            this.wholeCounts = wholeCounts;
            this.hash = 31 * Arrays.hashCode(seq) + Arrays.hashCode(wholeCounts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.seq, seq)
                    && Arrays.equals(k.wholeCounts, wholeCounts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
