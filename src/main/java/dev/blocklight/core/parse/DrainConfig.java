// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * Parameters of the {@link Drain} parser.
 *
 * @param depth depth of the fixed-depth prefix tree; the tree has one level keyed by token count and then
 *     {@code depth - 2} levels keyed by the first tokens of a line (must be at least 3)
 * @param similarityThreshold minimum similarity (0 exclusive, 1 inclusive) for a line to join a cluster
 * @param maxChildren maximum number of children of a token-level node, the {@code <*>} child included
 *     (at least 1)
 */
public record DrainConfig(int depth, double similarityThreshold, int maxChildren) {

    /** Validates the parameters. */
    public DrainConfig {
        if (depth < 3) {
            throw new IllegalArgumentException("Drain depth must be at least 3, got " + depth + ".");
        }
        if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "Drain similarity threshold must be in (0, 1], got " + similarityThreshold + ".");
        }
        if (maxChildren < 1) {
            throw new IllegalArgumentException("Drain maxChildren must be at least 1, got " + maxChildren + ".");
        }
    }

    /** Loghub's HDFS settings: depth 4, similarity threshold 0.5, at most 100 children per node. */
    public static DrainConfig defaults() {
        return new DrainConfig(4, 0.5, 100);
    }

    /** Number of tree levels keyed by leading tokens ({@code depth - 2}). */
    int tokenLevels() {
        return depth - 2;
    }
}
