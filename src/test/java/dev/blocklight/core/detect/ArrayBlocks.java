// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/** A small in-memory {@link ScoredBlocks} for tests. */
public record ArrayBlocks(String[] ids, float[] scoreArray, int[][] eventArrays, float[][] errorArrays,
        long[] first, long[] last) implements ScoredBlocks {

    @Override
    public int count() {
        return ids.length;
    }

    @Override
    public String blockId(int i) {
        return ids[i];
    }

    @Override
    public float score(int i) {
        return scoreArray[i];
    }

    @Override
    public int[] events(int i) {
        return eventArrays[i].clone();
    }

    @Override
    public float[] stepErrors(int i) {
        return errorArrays == null ? null : errorArrays[i];
    }

    @Override
    public long firstSeen(int i) {
        return first == null ? NO_TIME : first[i];
    }

    @Override
    public long lastSeen(int i) {
        return last == null ? NO_TIME : last[i];
    }
}
