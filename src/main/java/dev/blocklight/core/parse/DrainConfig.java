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
public record DrainConfig(int depth, double similarityThreshold, int maxChildren, boolean separateWords) {

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

    /** Drain exactly as published: different words at one position may still merge. */
    public DrainConfig(int depth, double similarityThreshold, int maxChildren) {
        this(depth, similarityThreshold, maxChildren, false);
    }

    /**
     * Loghub's HDFS settings (depth 4, similarity threshold 0.5, at most 100 children per node),
     * with {@link #separateWords}: a line never joins a template that holds a different plain word
     * at the same position. Without it, {@code PacketResponder <NUM> for block <BLK> Interrupted.}
     * joins {@code ... terminating} (5 of 6 tokens agree) and a rare failure event vanishes into a
     * common one.
     */
    public static DrainConfig defaults() {
        return new DrainConfig(4, 0.5, 100, true);
    }

    /** Number of tree levels keyed by leading tokens ({@code depth - 2}). */
    int tokenLevels() {
        return depth - 2;
    }
}
