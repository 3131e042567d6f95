// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * Blocks reduced to their distinct encoded sequences: each distinct sequence (model event indices,
 * at most the maximum length) is stored once with the number of blocks that have it, so it is
 * trained on and scored once. Block b has sequence {@code distinctOf(b)}, or -1 when it was left out
 * (filtered, or empty). Each distinct sequence also keeps the event counts of its whole blocks
 * (truncated blocks included), without trailing zeros: blocks that share the first steps but not
 * their counts are distinct.
 */
public final class SequenceSet {
    private final int[][] sequences;
    private final int[] counts;
    private final int[] ofBlock;
    private final int truncatedBlocks;
    private final int[][] eventCounts;

    /** With the event counts of each sequence taken from the sequence itself (no block truncated). */
    SequenceSet(int[][] sequences, int[] counts, int[] ofBlock, int truncatedBlocks) {
        this(sequences, counts, ofBlock, truncatedBlocks, countsOf(sequences));
    }

    SequenceSet(int[][] sequences, int[] counts, int[] ofBlock, int truncatedBlocks, int[][] eventCounts) {
        if (sequences.length != counts.length || eventCounts.length != counts.length) {
            throw new IllegalArgumentException("one count per sequence");
        }
        this.eventCounts = eventCounts;
        this.sequences = sequences;
        this.counts = counts;
        this.ofBlock = ofBlock;
        this.truncatedBlocks = truncatedBlocks;
    }

    /** Number of distinct sequences. */
    public int size() {
        return sequences.length;
    }

    /** Number of blocks, including any left out. */
    public int blockCount() {
        return ofBlock.length;
    }

    /** A copy of distinct sequence i. */
    public int[] sequence(int i) {
        return sequences[i].clone();
    }

    int[][] sequences() {
        return sequences;
    }

    public int length(int i) {
        return sequences[i].length;
    }

    /**
     * How often each model event index occurs in the whole blocks of distinct sequence i, without
     * trailing zeros (shared, not copied).
     */
    int[] eventCounts(int i) {
        return eventCounts[i];
    }

    /** The event counts of a sequence of model event indices, without trailing zeros. */
    static int[] countsOf(int[] seq) {
        int width = 0;
        for (int e : seq) {
            width = Math.max(width, e + 1);
        }
        int[] c = new int[width];
        for (int e : seq) {
            if (e >= 0) {
                c[e]++;
            }
        }
        return c;
    }

    private static int[][] countsOf(int[][] seqs) {
        int[][] out = new int[seqs.length][];
        for (int i = 0; i < seqs.length; i++) {
            out[i] = countsOf(seqs[i]);
        }
        return out;
    }

    /** Number of blocks with distinct sequence i. */
    public int count(int i) {
        return counts[i];
    }

    /** Index of the block's distinct sequence, or -1 when the block was left out. */
    int distinctOf(int block) {
        return ofBlock[block];
    }

    int[] counts() {
        return counts;
    }

    int[] ofBlock() {
        return ofBlock;
    }

    /** Number of included blocks. */
    public long includedBlocks() {
        long n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** Number of included blocks longer than the maximum length, whose tail was cut off. */
    public int truncatedBlocks() {
        return truncatedBlocks;
    }
}
