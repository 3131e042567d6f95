// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.List;

/** Builds {@link BlockScores} from made-up step losses, for benchmarks and tests that need no network. */
public final class SyntheticScores {
    private SyntheticScores() {
    }

    /**
     * @param distinctSteps the step losses of each distinct sequence
     * @param ofBlock for each block, the index of its distinct sequence
     */
    public static BlockScores of(float[][] distinctSteps, int[] ofBlock) {
        int[][] sequences = new int[distinctSteps.length][];
        int[] counts = new int[distinctSteps.length];
        for (int i = 0; i < sequences.length; i++) {
            sequences[i] = new int[distinctSteps[i].length];
        }
        for (int d : ofBlock) {
            counts[d]++;
        }
        return new BlockScores(new SequenceSet(sequences, counts, ofBlock, 0), distinctSteps, List.of());
    }
}
