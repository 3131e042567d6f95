// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.Collections;
import java.util.Map;

/**
 * Block labels from a Loghub {@code anomaly_label.csv}, with counts of the rows that could not be
 * used, so that a bad label file is reported rather than silently half-read.
 *
 * @param byBlock true for an anomalous block, false for a normal one
 * @param rows data rows read
 * @param duplicates rows naming a block already labelled (the first label wins)
 * @param conflicting duplicates whose label disagrees with the first
 * @param malformed rows without two fields or with an empty block id
 * @param unknownLabels rows whose label is neither Normal nor Anomaly
 */
public record Labels(Map<String, Boolean> byBlock, long rows, long duplicates, long conflicting, long malformed,
        long unknownLabels) {

    public Labels {
        byBlock = Collections.unmodifiableMap(byBlock);
    }

    /** Number of anomalous blocks. */
    public long anomalies() {
        return byBlock.values().stream().filter(Boolean::booleanValue).count();
    }

    /** Label of every block of the store: 1 anomaly, 0 normal, -1 unknown. */
    public byte[] of(SessionStore sessions) {
        byte[] out = new byte[sessions.blockCount()];
        for (int b = 0; b < out.length; b++) {
            Boolean l = byBlock.get(sessions.blockName(b));
            out[b] = l == null ? (byte) -1 : (byte) (l ? 1 : 0);
        }
        return out;
    }

    /** One line saying what was read and what was skipped. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(byBlock.size()).append(" labelled blocks (")
                .append(anomalies()).append(" anomalous)");
        if (duplicates + malformed + unknownLabels > 0) {
            s.append("; skipped ").append(duplicates).append(" duplicate (").append(conflicting)
                    .append(" conflicting), ").append(malformed).append(" malformed and ").append(unknownLabels)
                    .append(" unknown-label rows");
        }
        return s.toString();
    }
}
