// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Linear relations between the event counts of a block that (almost) every training block obeys, as
 * Invariants Mining finds them (Lou et al., USENIX ATC 2010): {@code a·c_i = b·c_j} for small
 * coefficients, and {@code c_i + c_j = c_k}. In a normal HDFS write, for example, every
 * {@code PacketResponder ... terminating} has its {@code Received block ... of size}. A relation is
 * kept when at most {@code tolerance} of the training blocks break it (so a few percent of anomalies
 * among them do not hide it) and at least {@link #SUPPORT} of them obey it with a non-zero count.
 * Each relation is {@code {i, a, j, b, k, c}} meaning {@code a·c_i + b·c_j + c·c_k = 0}, k = -1 for two terms.
 */
final class CountInvariants {
    /** Share of training blocks that must obey a relation with one of its counts non-zero. */
    static final double SUPPORT = 0.01;
    private static final int[] COEFFICIENTS = {1, 2, 3};
    private static final int[][] SIGNS = {{1, 1, -1}, {1, -1, 1}, {-1, 1, 1}};
    private final List<int[]> relations;

    CountInvariants(List<int[]> relations) {
        this.relations = List.copyOf(relations);
    }

    /** Mines the relations of distinct count vectors, vector v standing for {@code blocks[v]} blocks. */
    static CountInvariants mine(int[][] vectors, int[] blocks, double tolerance) {
        long total = 0;
        for (int b : blocks) {
            total += b;
        }
        int width = 0;
        for (int[] v : vectors) {
            width = Math.max(width, v.length);
        }
        List<Integer> active = new ArrayList<>();
        for (int e = 0; e < width; e++) {
            for (int[] v : vectors) {
                if (e < v.length && v[e] > 0) {
                    active.add(e);
                    break;
                }
            }
        }
        Miner m = new Miner(vectors, blocks, tolerance * total, SUPPORT * total);
        int n = active.size();
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                for (int a : COEFFICIENTS) {
                    for (int b : COEFFICIENTS) {
                        if (a == 1 || b == 1 || a != b) {
                            m.consider(new int[] {active.get(x), a, active.get(y), -b, -1, 0});
                        }
                    }
                }
                for (int z = y + 1; z < n; z++) {
                    for (int[] s : SIGNS) {
                        m.consider(new int[] {active.get(x), s[0], active.get(y), s[1], active.get(z), s[2]});
                    }
                }
            }
        }
        return new CountInvariants(m.kept);
    }

    /** The relations, each {@code {i, a, j, b, k, c}}. */
    List<int[]> relations() {
        return relations;
    }

    /** How many relations the counts break. */
    int broken(int[] counts) {
        int n = 0;
        for (int[] r : relations) {
            if (value(r, counts) != 0) {
                n++;
            }
        }
        return n;
    }

    static long value(int[] r, int[] c) {
        long v = (long) r[1] * at(c, r[0]) + (long) r[3] * at(c, r[2]);
        return r[4] < 0 ? v : v + (long) r[5] * at(c, r[4]);
    }

    private static int at(int[] c, int e) {
        return e < c.length ? c[e] : 0;
    }

    /** Tests candidate relations against the weighted vectors. */
    private static final class Miner {
        final int[][] vectors;
        final int[] blocks;
        final double maxBroken;
        final double minSupport;
        final List<int[]> kept = new ArrayList<>();

        Miner(int[][] vectors, int[] blocks, double maxBroken, double minSupport) {
            this.vectors = vectors;
            this.blocks = blocks;
            this.maxBroken = maxBroken;
            this.minSupport = minSupport;
        }

        void consider(int[] r) {
            long broken = 0;
            long support = 0;
            for (int v = 0; v < vectors.length; v++) {
                int[] c = vectors[v];
                if (value(r, c) != 0) {
                    broken += blocks[v];
                    if (broken > maxBroken) {
                        return;
                    }
                } else if (at(c, r[0]) != 0 || at(c, r[2]) != 0 || (r[4] >= 0 && at(c, r[4]) != 0)) {
                    support += blocks[v];
                }
            }
            if (support >= minSupport) {
                kept.add(r);
            }
        }
    }
}
