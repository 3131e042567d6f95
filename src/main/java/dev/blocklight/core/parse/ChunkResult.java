// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.Arrays;

/**
 * What a worker learned from one chunk, before any global state is touched: the chunk's distinct
 * masked contents with their counts, and one entry per (line, block) pair. The merger folds these
 * into the template miner and the session builder in chunk order, so results never depend on
 * thread timing.
 */
final class ChunkResult {
    final int sequence;
    final long offset;
    final int byteLength;
    /** The chunk's buffer, free for reuse once this result exists. */
    final byte[] buffer;
    int lines;
    int blankLines;
    int unparsedLines;
    int linesWithoutBlock;
    /** Non-blank lines that do not match the layout, before the chunk's first line that does. */
    int leadingUnparsed;
    /** Line index (in the chunk) and offset of the first few unparsed lines. */
    int[] unparsedLine = new int[0];
    long[] unparsedOffset = new long[0];

    final ContentTable contents = new ContentTable();
    long[] contentCount = new long[64];
    long[] contentFirstOffset = new long[64];

    int pairs;
    int[] pairContent = new int[1024];
    long[] pairBlock = new long[1024];
    long[] pairOffset = new long[1024];
    long[] pairTime = new long[1024];
    /** Non-numeric block names by pair index; null when all ids are numeric. */
    String[] pairName;

    ChunkResult(int sequence, long offset, int byteLength, byte[] buffer) {
        this.buffer = buffer;
        this.sequence = sequence;
        this.offset = offset;
        this.byteLength = byteLength;
    }

    void countContent(int idx, long lineOffset) {
        if (idx >= contentCount.length) {
            contentCount = Arrays.copyOf(contentCount, contentCount.length * 2);
            contentFirstOffset = Arrays.copyOf(contentFirstOffset, contentFirstOffset.length * 2);
        }
        if (contentCount[idx]++ == 0) {
            contentFirstOffset[idx] = lineOffset;
        }
    }

    void addPair(int content, long block, String name, long lineOffset, long time) {
        if (pairs == pairContent.length) {
            int n = pairs * 2;
            pairContent = Arrays.copyOf(pairContent, n);
            pairBlock = Arrays.copyOf(pairBlock, n);
            pairOffset = Arrays.copyOf(pairOffset, n);
            pairTime = Arrays.copyOf(pairTime, n);
            if (pairName != null) {
                pairName = Arrays.copyOf(pairName, n);
            }
        }
        if (name != null) {
            if (pairName == null) {
                pairName = new String[pairContent.length];
            }
            pairName[pairs] = name;
        }
        pairContent[pairs] = content;
        pairBlock[pairs] = block;
        pairOffset[pairs] = lineOffset;
        pairTime[pairs] = time;
        pairs++;
    }

    void addUnparsed(int lineInChunk, long lineOffset) {
        if (unparsedLine.length < ParseStats.MAX_SAMPLES) {
            unparsedLine = Arrays.copyOf(unparsedLine, unparsedLine.length + 1);
            unparsedOffset = Arrays.copyOf(unparsedOffset, unparsedOffset.length + 1);
            unparsedLine[unparsedLine.length - 1] = lineInChunk;
            unparsedOffset[unparsedOffset.length - 1] = lineOffset;
        }
        unparsedLines++;
        if (contents.size() == 0) {
            leadingUnparsed++;
        }
    }
}
