// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.detect.CountDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the model knows to be normal about a block's event counts, regardless of their order: every
 * distinct count vector of the training blocks with how many blocks had it, and the relations
 * between counts that they obey ({@link CountInvariants}). A block whose counts were seen in
 * training and break no relation adds nothing to its score. Any other block adds {@link #BASE}, plus
 * {@link #RARITY_WEIGHT} times {@code ln(training blocks / blocks with its counts)} (half a block
 * for counts never seen), plus, for counts never seen, their L1 distance to the nearest
 * normal-looking training vector (at most {@link #DISTANCE_CAP}). Measured on the tuning half of the
 * real sequences: the distance ranks unseen counts well (a normal block with one read more sits at
 * distance 1), but among counts seen in unlabelled training it ranked worse than their rarity alone. HDFS
 * anomalies show mostly in counts (Landauer et al., FSE 2024); this part finds them, and the network
 * finds blocks whose counts are normal but whose order is not.
 */
public final class CountProfile {
    /** Nats added to any block whose counts are not known to be normal. */
    static final float BASE = 10f;
    /** Largest distance counted. */
    static final int DISTANCE_CAP = 10;
    /** Weight of the rarity of the block's count vector among the training blocks. */
    static final float RARITY_WEIGHT = 0.5f;
    /** Share of training blocks that may break a relation when training on all blocks (labels unknown). */
    static final double UNSUPERVISED_TOLERANCE = 0.03;
    /** Most count vectors kept (the most frequent). */
    static final int MAX_VECTORS = 50_000;
    /** Most differences named in an explanation. */
    static final int MAX_DIFFS = 4;

    private final double tolerance;
    private final long trainingBlocks;
    private final int[][] vectors;
    private final int[] blocks;
    private final CountInvariants invariants;
    private final Map<Key, Integer> index = new HashMap<>();
    /** Indices of the vectors that break no relation, most frequent first. */
    private final int[] clean;
    private final boolean[] inClean;

    /**
     * The stored form, for the model manifest.
     *
     * @param tolerance share of training blocks allowed to break a kept relation
     * @param trainingBlocks number of training blocks
     * @param vectors distinct count vectors (indexed like the vocabulary, no trailing zeros), most frequent first
     * @param blocks training blocks with each vector
     * @param relations the kept relations ({@link CountInvariants})
     */
    public record Stored(double tolerance, long trainingBlocks, int[][] vectors, int[] blocks, int[][] relations) {
    }

    CountProfile(double tolerance, long trainingBlocks, int[][] vectors, int[] blocks, CountInvariants invariants) {
        this.tolerance = tolerance;
        this.trainingBlocks = trainingBlocks;
        this.vectors = vectors;
        this.blocks = blocks;
        this.invariants = invariants;
        for (int v = 0; v < vectors.length; v++) {
            index.put(new Key(vectors[v]), v);
        }
        List<Integer> ok = new ArrayList<>();
        for (int v = 0; v < vectors.length; v++) {
            if (invariants.broken(vectors[v]) == 0) {
                ok.add(v);
            }
        }
        ok.sort(Comparator.comparingInt((Integer v) -> -blocks[v]));
        clean = ok.stream().mapToInt(Integer::intValue).toArray();
        inClean = new boolean[width()];
        for (int v : clean) {
            for (int e = 0; e < vectors[v].length; e++) {
                inClean[e] |= vectors[v][e] > 0;
            }
        }
    }

    /** Learns from distinct sequences: their full event counts and how many blocks had each. */
    static CountProfile learn(SequenceSet data, double tolerance) {
        Map<Key, long[]> tally = new HashMap<>();
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            tally.computeIfAbsent(new Key(trim(data.eventCounts(i))), k -> new long[1])[0] += data.count(i);
            total += data.count(i);
        }
        List<Map.Entry<Key, long[]>> rows = new ArrayList<>(tally.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<Key, long[]> r) -> -r.getValue()[0]));
        int n = Math.min(rows.size(), MAX_VECTORS);
        int[][] vectors = new int[n][];
        int[] blocks = new int[n];
        for (int v = 0; v < n; v++) {
            vectors[v] = rows.get(v).getKey().counts;
            blocks[v] = (int) Math.min(Integer.MAX_VALUE, rows.get(v).getValue()[0]);
        }
        return new CountProfile(tolerance, total, vectors, blocks, CountInvariants.mine(vectors, blocks, tolerance));
    }

    static CountProfile of(Stored s) {
        return new CountProfile(s.tolerance(), s.trainingBlocks(), s.vectors(), s.blocks(),
                new CountInvariants(Arrays.asList(s.relations())));
    }

    Stored stored() {
        return new Stored(tolerance, trainingBlocks, vectors, blocks, invariants.relations().toArray(new int[0][]));
    }

    /** The longest vector's length. */
    private int width() {
        int w = 0;
        for (int[] v : vectors) {
            w = Math.max(w, v.length);
        }
        return w;
    }

    /** The counts without trailing zeros, the form vectors are kept in. */
    static int[] trim(int[] counts) {
        int n = counts.length;
        while (n > 0 && counts[n - 1] == 0) {
            n--;
        }
        return n == counts.length ? counts : Arrays.copyOf(counts, n);
    }

    /** The count part of a block with these event counts (indexed like the vocabulary). */
    Verdict judge(int[] counts) {
        int[] c = trim(counts);
        Integer seen = index.get(new Key(c));
        int broken = invariants.broken(c);
        if (broken == 0 && (seen != null || tolerance > 0)) {
            return new Verdict(0f, c, -1, seen == null, 0);
        }
        int nearest = -1;
        int best = Integer.MAX_VALUE;
        for (int v : clean) {
            int d = distance(c, vectors[v]);
            if (d < best) {
                best = d;
                nearest = v;
            }
        }
        int d = seen != null ? 0 : Math.min(best, DISTANCE_CAP);
        double share = Math.max(seen == null ? 0.5 : blocks[seen], 0.5) / Math.max(trainingBlocks, 1);
        float part = BASE + d + (float) (RARITY_WEIGHT * -Math.log(Math.min(share, 1)));
        return new Verdict(part, c, nearest, seen == null, broken);
    }

    private static int distance(int[] a, int[] b) {
        int d = 0;
        for (int e = 0; e < Math.max(a.length, b.length); e++) {
            d += Math.abs((e < a.length ? a[e] : 0) - (e < b.length ? b[e] : 0));
        }
        return d;
    }

    /**
     * The count part of one block.
     *
     * @param part nats added to the score
     * @param counts the block's event counts
     * @param nearest the nearest normal-looking training vector, or -1
     * @param unseen true when no training block had these counts
     * @param broken relations the counts break
     */
    record Verdict(float part, int[] counts, int nearest, boolean unseen, int broken) {
        static final Verdict NONE = new Verdict(0f, new int[0], -1, false, 0);
    }

    /** The events whose counts differ from the nearest normal-looking block, largest difference first. */
    List<CountDiff> diffs(Verdict v, IntFunction<String> id) {
        if (v.part() == 0) {
            return List.of();
        }
        int[] normal = v.nearest() < 0 ? new int[0] : vectors[v.nearest()];
        int[] c = v.counts();
        List<int[]> off = new ArrayList<>();
        for (int e = 0; e < Math.max(c.length, normal.length); e++) {
            int n = e < normal.length ? normal[e] : 0;
            int k = e < c.length ? c[e] : 0;
            if (k != n) {
                off.add(new int[] {e, k, n});
            }
        }
        off.sort(Comparator.comparingInt((int[] o) -> -Math.abs(o[1] - o[2])).thenComparingInt(o -> o[0]));
        List<CountDiff> out = new ArrayList<>();
        for (int[] o : off.subList(0, Math.min(MAX_DIFFS, off.size()))) {
            out.add(new CountDiff(id.apply(o[0]), o[1], o[2], o[1] > 0 && (o[0] >= inClean.length || !inClean[o[0]])));
        }
        return out;
    }

    /** A count vector usable as a hash key. */
    private static final class Key {
        final int[] counts;
        final int hash;

        Key(int[] counts) {
            this.counts = counts;
            this.hash = Arrays.hashCode(counts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.counts, counts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
