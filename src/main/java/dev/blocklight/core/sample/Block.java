// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/**
 * One simulated HDFS block: its id, the datanodes it lives on, and the planned steps of its life
 * (time, event, the node role each step is about), written one by one as simulated time reaches them.
 */
final class Block {
    /** Roles 0..2: the write pipeline; 3..4: replication targets. */
    static final int ROLES = 5;

    final long id;
    final int[] node = new int[ROLES];
    /** Which pipeline role a replication copies from, and to how many targets (roles 3, 4). */
    int replSource;
    int replTargets = 1;
    long size;
    /** The file path written by E22, {@code /.../part-00590.} */
    byte[] path;

    long[] time;
    byte[] kind;
    byte[] role;
    int count;
    int next;
    /** Index of the step that makes the block anomalous once written, or -1 for a normal block. */
    int anomalyAt = -1;

    /** Position of the block in the label file (order of first appearance), -1 before its first line. */
    int order = -1;
    boolean finished;

    Block(long id) {
        this.id = id;
    }

    /** Adopts the planned steps (copied) and drops any beyond {@code limit}. */
    void setSteps(Steps steps, int limit) {
        count = Math.min(limit, steps.size());
        time = java.util.Arrays.copyOf(steps.time, count);
        kind = java.util.Arrays.copyOf(steps.kind, count);
        role = java.util.Arrays.copyOf(steps.role, count);
        if (anomalyAt >= count) {
            anomalyAt = count; // never reached: the trimmed block is written as a normal prefix
        }
    }

    EventKind kindAt(int step) {
        return EventKind.of(kind[step]);
    }
}
