// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.List;
import java.util.Map;

/**
 * The complete state of a {@link Drain} parser as plain data that Jackson can write and read.
 *
 * @param format always {@link #FORMAT}; tells a Drain snapshot apart from other JSON
 * @param version layout version, currently {@link #VERSION}
 * @param config the parser settings
 * @param nodes the prefix tree, node 0 being the root; see {@link Node}
 * @param clusters the clusters in id order (cluster {@code i + 1} at index {@code i})
 */
public record DrainSnapshot(String format, int version, DrainConfig config, List<Node> nodes,
        List<ClusterState> clusters) {

    /** Value of {@link #format()}. */
    public static final String FORMAT = "blocklight-drain";
    /** Current value of {@link #version()}. */
    public static final int VERSION = 1;

    /**
     * One tree node.
     *
     * @param children child node indexes by key, in insertion order (the root's keys are token counts)
     * @param clusters ids of the clusters listed in this leaf, in insertion order (empty for inner nodes)
     */
    public record Node(Map<String, Integer> children, List<Integer> clusters) {}

    /**
     * One cluster.
     *
     * @param id the cluster id (dense, from 1)
     * @param template the current template tokens
     * @param size learn() calls counted for this cluster (0 once merged away)
     * @param mergedInto the id it was merged into, or its own id while it survives
     */
    public record ClusterState(int id, List<String> template, long size, int mergedInto) {}
}
