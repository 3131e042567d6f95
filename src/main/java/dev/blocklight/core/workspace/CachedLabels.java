// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import java.util.Arrays;

/**
 * Labels of a cached analysis's blocks with the identity of the file they were read from, so that a
 * restore reuses them while that file is unchanged instead of reading it again (an 18 MB label file
 * takes a second or two).
 *
 * @param source the label file's identity when it was read
 * @param perBlock per block 1 (anomaly), 0 (normal) or -1 (unknown), in block order
 */
public record CachedLabels(FileIdentity source, byte[] perBlock) {
    public CachedLabels {
        if (source == null || perBlock == null) {
            throw new IllegalArgumentException("labels need a source and a value per block");
        }
        for (byte b : perBlock) {
            if (b < -1 || b > 1) {
                throw new IllegalArgumentException("a label is " + b + ", not 1, 0 or -1");
            }
        }
        perBlock = perBlock.clone();
    }

    @Override
    public byte[] perBlock() {
        return perBlock.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CachedLabels c && source.equals(c.source) && Arrays.equals(perBlock, c.perBlock);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + Arrays.hashCode(perBlock);
    }

    @Override
    public String toString() {
        return "CachedLabels[" + source.path() + ", " + perBlock.length + " blocks]";
    }
}
