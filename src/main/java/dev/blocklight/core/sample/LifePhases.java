// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.SplittableRandom;

/**
 * The phases of a block's life as they show in HDFS_v1, each appending steps with plausible timing:
 * allocation and pipeline set-up, the write, re-replication, reads and scans, and deletion. Times are
 * milliseconds; every phase starts no earlier than the previous one ended.
 */
class LifePhases {
    static final long SEC = 1000;
    static final long MIN = 60 * SEC;
    static final long FULL_BLOCK = 67_108_864L;

    final SplittableRandom random;
    final Steps steps = new Steps();

    LifePhases(SplittableRandom random) {
        this.random = random;
    }

    long between(long lo, long hi) {
        return lo + random.nextLong(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** 0 with probability {@code pZero}, else 1 + a geometric count with the given mean of extras. */
    int count(double pZero, double extraMean) {
        if (chance(pZero)) {
            return 0;
        }
        int n = 1;
        double pMore = extraMean / (1 + extraMean);
        while (n < 400 && chance(pMore)) {
            n++;
        }
        return n;
    }

    /**
     * E22 allocateBlock and {@code receivers} E5 "Receiving block" lines (roles 0..receivers-1). The
     * namenode's allocation lands anywhere among the first datanodes' receive lines, as in the real log.
     */
    long opening(long t0, int receivers) {
        int slot = pickAllocationSlot(receivers);
        long t = t0;
        int received = 0;
        for (int i = 0; i <= receivers; i++) {
            if (i == slot) {
                steps.add(t, EventKind.E22, 0);
            } else {
                steps.add(t, EventKind.E5, received++);
            }
            t += between(0, 700);
        }
        return steps.lastTime(t0);
    }

    private int pickAllocationSlot(int receivers) {
        double u = random.nextDouble();
        int slot = u < 0.35 ? 0 : u < 0.65 ? 1 : u < 0.93 ? 2 : 3;
        return Math.min(slot, receivers);
    }

    /** Time the pipeline needs to write the block's bytes. */
    long writeDuration(long size) {
        long full = between(15 * SEC, 70 * SEC);
        return 300 + full * size / FULL_BLOCK;
    }

    /**
     * The end of the write on each pipeline datanode in {@code roles}: E11 PacketResponder terminating,
     * E9 Received block, and the namenode's E26 addStoredBlock, in the loose order of the real log.
     * {@code emptyPackets} E13 lines come shortly before.
     */
    long completion(long tc, int[] roles, int n, int emptyPackets, int addStored) {
        int start = steps.size();
        for (int e = 0; e < emptyPackets; e++) {
            steps.add(tc - between(0, 1500), EventKind.E13, roles[random.nextInt(n)]);
        }
        for (int i = 0; i < n; i++) {
            long t11 = tc + between(0, 1500);
            long t9 = t11 + between(0, 8);
            if (chance(0.15)) {
                long swap = t9;
                t9 = t11;
                t11 = swap;
            }
            steps.add(t11, EventKind.E11, roles[i]);
            steps.add(t9, EventKind.E9, roles[i]);
            if (i < addStored) {
                steps.add(Math.max(t9, t11) + between(0, 900), EventKind.E26, roles[i]);
            }
        }
        steps.sortFrom(start);
        return steps.lastTime(tc);
    }

    /**
     * Re-replication: the namenode asks the source (role {@code b.replSource}) to copy the block to its
     * targets (roles 3 and 4): E25, E18, then on each target E5, E6, E16 and the namenode's E26.
     */
    long replication(Block b, long t) {
        int start = steps.size();
        steps.add(t, EventKind.E25, b.replSource);
        long t18 = t + between(300, 3000);
        steps.add(t18, EventKind.E18, b.replSource);
        for (int k = 0; k < b.replTargets; k++) {
            int target = 3 + k;
            long t5 = t18 + between(0, 800);
            long t6 = t5 + between(100, 1500);
            steps.add(t5, EventKind.E5, target);
            steps.add(t6, EventKind.E6, target);
            steps.add(t6 + between(0, 300), EventKind.E16, target);
            steps.add(t6 + between(0, 1000), EventKind.E26, target);
        }
        steps.sortFrom(start);
        return steps.lastTime(t);
    }

    /**
     * Reads and scans between the write and {@code until}: E2 verification, E3 served, E4 got exception
     * while serving (common in normal blocks of HDFS_v1: readers closing early).
     */
    long reads(long from, long until, int[] roles, int n, int verifications, int served, int serveErrors) {
        int start = steps.size();
        for (int i = 0; i < verifications; i++) {
            steps.add(between(from, until), EventKind.E2, roles[0]);
        }
        for (int i = 0; i < served; i++) {
            steps.add(between(from, until), EventKind.E3, roles[random.nextInt(n)]);
        }
        for (int i = 0; i < serveErrors; i++) {
            steps.add(between(from, until), EventKind.E4, roles[random.nextInt(n)]);
        }
        steps.sortFrom(start);
        return steps.lastTime(from);
    }

    /**
     * Deletion: E23 added to invalidSet for every replica at once, optionally the namenode's
     * E30 {@code ask .. to delete} for one datanode, then E21 on each datanode as it gets round to it.
     */
    long deletion(long td, int[] roles, int n, boolean askLine) {
        int start = steps.size();
        for (int i = 0; i < n; i++) {
            steps.add(td + between(0, 300), EventKind.E23, roles[i]);
        }
        steps.sortFrom(start);
        long afterInvalidate = steps.lastTime(td);
        int deletes = steps.size();
        if (askLine) {
            steps.add(afterInvalidate + between(SEC, 60 * SEC), EventKind.E30, roles[random.nextInt(n)]);
        }
        for (int i = 0; i < n; i++) {
            steps.add(afterInvalidate + between(3 * SEC, 5 * MIN), EventKind.E21, roles[i]);
        }
        steps.sortFrom(deletes);
        return steps.lastTime(td);
    }
}
