// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.SplittableRandom;

/**
 * Plans the whole life of one block: a normal HDFS_v1 life (allocation, three-way pipeline write,
 * reads and scans, usually deletion; about 19 lines) or one of the failure patterns of the labelled
 * HDFS_v1 sessions. Marks the step from which an anomalous block counts as anomalous.
 */
final class LifecyclePlanner extends LifePhases {
    private static final int[] PIPELINE = {0, 1, 2};
    private static final int[] TWO_LEFT = {0, 1};
    private static final int[] REPLACED = {0, 1, 3};
    /**
     * Share of part-file blocks that are read at all. HDFS_v1 serves about 0.7 E3 and 0.7 E4 lines per
     * block (Loghub's HDFS_2k sample), but few blocks are read, each many times (the labelled sequences
     * hold blocks of over 200 E3), so most normal blocks show the same few shapes.
     */
    private static final double READ_SHARE = 0.04;

    /** Failure patterns and how often each occurs among anomalous blocks. */
    enum Pattern {
        WRITE_FAIL(0.26), ABANDONED(0.15), PIPELINE_ERRORS(0.04), EMPTY_PACKET(0.10), UNDER_REPLICATED(0.12),
        REDUNDANT(0.08), NOT_IN_FILE(0.10), DELETE_ERROR(0.10), TRANSFER_TIMEOUT(0.05);

        final double weight;

        Pattern(double weight) {
            this.weight = weight;
        }
    }

    private static final Pattern[] PATTERNS = Pattern.values();

    LifecyclePlanner(SplittableRandom random) {
        super(random);
    }

    /** A random failure pattern, by weight. */
    Pattern pickPattern() {
        double u = random.nextDouble();
        for (Pattern p : PATTERNS) {
            u -= p.weight;
            if (u < 0) {
                return p;
            }
        }
        return Pattern.WRITE_FAIL;
    }

    /** Plans a normal life ({@code pattern} null) or a failure; the steps stay owned by the planner. */
    Steps plan(Block b, long t0, Pattern pattern, boolean systemFile) {
        steps.clear();
        b.anomalyAt = -1;
        b.replSource = random.nextInt(2);
        b.replTargets = 1;
        Datanodes.pickDistinct(random, b.node, Block.ROLES);
        if (pattern == null) {
            long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 3, 0, 3);
            if (chance(0.0005)) { // a replica lost later and restored: 2 of 3,814 normal blocks in the labelled sample
                b.replTargets = chance(0.4) ? 2 : 1;
                t = replication(b, t + between(SEC, 10 * MIN));
            }
            afterlife(t, PIPELINE, 3, systemFile, chance(0.75), 0);
            return steps;
        }
        switch (pattern) {
            case WRITE_FAIL -> writeFail(b, t0);
            case ABANDONED -> {
                opening(t0, chance(0.7) ? 1 : 2);
                b.anomalyAt = steps.size() - 1; // the anomaly is what never comes
            }
            case PIPELINE_ERRORS -> pipelineErrors(b, t0);
            case EMPTY_PACKET -> {
                long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 3, 1 + random.nextInt(3), 3);
                b.anomalyAt = steps.indexOf(EventKind.E13);
                afterlife(t, PIPELINE, 3, systemFile, chance(0.75), 0);
            }
            case UNDER_REPLICATED -> {
                long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 2, 0, 2);
                b.anomalyAt = steps.size();
                t = replication(b, t + between(3 * SEC, 10 * MIN));
                if (chance(0.25)) {
                    steps.add(t + between(SEC, 20 * MIN), EventKind.E1, 3);
                    t = steps.lastTime(t);
                }
                afterlife(t, REPLACED, 3, systemFile, chance(0.75), 0);
            }
            case REDUNDANT -> {
                long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 3, 0, 3);
                b.anomalyAt = steps.size();
                int n = chance(0.7) ? 1 : 2;
                for (int i = 0; i < n; i++) {
                    t += between(0, 20 * SEC);
                    steps.add(t, EventKind.E27, random.nextInt(3));
                }
                afterlife(t, PIPELINE, 3, systemFile, chance(0.75), 0);
            }
            case NOT_IN_FILE -> notInFile(b, t0, systemFile);
            case DELETE_ERROR -> {
                long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 3, 0, 3);
                t = afterlife(t, PIPELINE, 3, systemFile, true, 3 + random.nextInt(13));
                b.anomalyAt = steps.size();
                steps.add(t + between(SEC, 2 * MIN), EventKind.E20, random.nextInt(3));
            }
            case TRANSFER_TIMEOUT -> transferTimeout(b, t0, systemFile);
            default -> throw new IllegalStateException("unplanned pattern " + pattern);
        }
        return steps;
    }

    /**
     * Reads and scans, then (if {@code delete}) deletion; returns the time of the last step. A job's
     * system file is read by its tasks; a part file only now and then ({@link #READ_SHARE}), and then
     * often, with some readers failing (E4).
     */
    private long afterlife(long t, int[] roles, int n, boolean systemFile, boolean delete, int extraServeErrors) {
        long end = t + between(MIN, 40 * MIN);
        int verifications = chance(0.85) ? 0 : 1 + (chance(0.3) ? 1 + random.nextInt(2) : 0);
        boolean read = systemFile || chance(READ_SHARE);
        int served = systemFile ? 5 + random.nextInt(56) : read ? count(0.1, 14) : 0;
        int serveErrors = (read && !systemFile ? count(0.3, 15) : 0) + extraServeErrors;
        long last = reads(t + SEC, end, roles, n, verifications, served, serveErrors);
        return delete ? deletion(Math.max(end, last), roles, n, chance(0.05)) : last;
    }

    /** writeBlock fails while the pipeline is being set up (the commonest HDFS_v1 anomaly). */
    private void writeFail(Block b, long t0) {
        double u = random.nextDouble();
        int receivers = u < 0.15 ? 1 : u < 0.9 ? 2 : 3;
        long t = opening(t0, receivers) + between(SEC, 60 * SEC);
        b.anomalyAt = steps.size();
        int r = random.nextInt(receivers);
        steps.add(t, EventKind.E7, r);
        if (chance(0.3)) {
            steps.add(t += between(0, 2 * SEC), EventKind.E11, r);
            steps.add(t += between(0, 500), EventKind.E10, r);
            steps.add(t += between(0, 500), EventKind.E14, r);
            steps.add(t + between(0, 2 * SEC), EventKind.E7, (r + 1) % receivers);
        } else if (chance(0.4)) {
            steps.add(t + between(0, 3 * SEC), EventKind.E7, random.nextInt(receivers));
        }
    }

    /** Exceptions along the pipeline, recovery onto two datanodes, then a normal life. */
    private void pipelineErrors(Block b, long t0) {
        long t = opening(t0, 3) + between(2 * SEC, 40 * SEC);
        b.anomalyAt = steps.size();
        if (chance(0.5)) {
            steps.add(t, EventKind.E12, 0);
        }
        int rounds = 1 + random.nextInt(2);
        for (int i = 0; i < rounds; i++) {
            steps.add(t += between(0, 800), EventKind.E10, i % 3);
            steps.add(t += between(0, 800), EventKind.E14, i % 3);
        }
        steps.add(t += between(0, SEC), EventKind.E7, 1);
        steps.add(t += between(0, SEC), EventKind.E11, 2);
        if (chance(0.35)) {
            steps.add(t += between(0, SEC), EventKind.E8, 2);
        }
        if (chance(0.4)) {
            steps.add(t += between(0, 5 * SEC), EventKind.E19, 0);
        }
        for (int r = 0; r < 2; r++) {
            steps.add(t += between(100, 3 * SEC), EventKind.E15, r);
            steps.add(t += between(0, 500), EventKind.E5, r);
        }
        long end = completion(t + writeDuration(b.size) / 2, TWO_LEFT, 2, 0, 2);
        afterlife(end, TWO_LEFT, 2, false, chance(0.75), 0);
    }

    /** A deleted replica reported again: E28 "does not belong to any file", then deleted again. */
    private void notInFile(Block b, long t0, boolean systemFile) {
        long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 3, 0, 3);
        t = afterlife(t, PIPELINE, 3, systemFile, true, 0);
        int r = random.nextInt(3);
        b.anomalyAt = steps.size();
        steps.add(t += between(10 * SEC, 15 * MIN), EventKind.E28, r);
        steps.add(t += between(0, 800), EventKind.E26, r);
        if (chance(0.3)) {
            steps.add(t += between(0, 2 * SEC), EventKind.E24, r);
        }
        steps.add(t + between(30 * SEC, 5 * MIN), EventKind.E21, r);
    }

    /** A lost replica whose re-replication fails and times out before a retry succeeds. */
    private void transferTimeout(Block b, long t0, boolean systemFile) {
        long t = completion(opening(t0, 3) + writeDuration(b.size), PIPELINE, 2, 0, 2);
        int src = b.replSource;
        steps.add(t += between(3 * SEC, 5 * MIN), EventKind.E25, src);
        steps.add(t += between(300, 3 * SEC), EventKind.E18, src);
        b.anomalyAt = steps.size();
        steps.add(t += between(SEC, 70 * SEC), EventKind.E17, src);
        steps.add(t += between(4 * MIN, 6 * MIN), EventKind.E29, src);
        t = replication(b, t + between(SEC, 30 * SEC));
        afterlife(t, REPLACED, 3, systemFile, chance(0.75), 0);
    }
}
