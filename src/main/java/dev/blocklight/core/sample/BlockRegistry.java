// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Every block written so far, in order of first appearance, and which of them are anomalous; writes
 * them in the layout of Loghub's {@code anomaly_label.csv} ({@code BlockId,Label}).
 */
final class BlockRegistry {
    private long[] ids = new long[1 << 14];
    private final BitSet anomalous = new BitSet();
    private int size;
    private int anomalies;

    /** Registers a block at its first line. */
    void register(Block b) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        b.order = size;
        ids[size++] = b.id;
    }

    /** Marks a registered block anomalous (idempotent). */
    void markAnomalous(Block b) {
        if (!anomalous.get(b.order)) {
            anomalous.set(b.order);
            anomalies++;
        }
    }

    int size() {
        return size;
    }

    int anomalies() {
        return anomalies;
    }

    /** Writes the header and one row per block, in order of first appearance. */
    void writeLabels(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("BlockId,Label\n");
        for (int i = 0; i < size; i++) {
            sb.append("blk_").append(ids[i]).append(anomalous.get(i) ? ",Anomaly\n" : ",Normal\n");
            if (sb.length() > 60_000) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        out.append(sb);
        out.flush();
    }
}
