// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reusable output of masking one line: the masked content (tokens separated by single spaces) and
 * the blocks the line names. Numeric HDFS block ids are kept as longs; other ids as strings.
 */
public final class MaskOutput {
    byte[] bytes = new byte[512];
    int length;
    long[] blockIds = new long[4];
    int blockCount;
    final List<String> blockNames = new ArrayList<>(2);

    void reset() {
        length = 0;
        blockCount = 0;
        blockNames.clear();
    }

    void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }

    void put(byte b) {
        if (length == bytes.length) {
            ensure(1);
        }
        bytes[length++] = b;
    }

    void put(byte[] src) {
        ensure(src.length);
        System.arraycopy(src, 0, bytes, length, src.length);
        length += src.length;
    }

    /** Adds a numeric block id unless the line named it already. */
    void addBlock(long id) {
        for (int i = 0; i < blockCount; i++) {
            if (blockIds[i] == id) {
                return;
            }
        }
        if (blockCount == blockIds.length) {
            blockIds = Arrays.copyOf(blockIds, blockCount * 2);
        }
        blockIds[blockCount++] = id;
    }

    /** Adds a non-numeric block name unless the line named it already. */
    void addBlockName(String name) {
        if (!blockNames.contains(name)) {
            blockNames.add(name);
        }
    }

    /** The masked content as bytes {@code [0, length())}; valid until the next line. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** Number of numeric block ids found. */
    public int blockCount() {
        return blockCount;
    }

    /** The i-th numeric block id (the digits after {@code blk_}). */
    public long blockId(int i) {
        return blockIds[i];
    }

    /** Block names that are not numeric HDFS ids. */
    public List<String> blockNames() {
        return blockNames;
    }

    /** The masked content as a string. */
    public String text() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
