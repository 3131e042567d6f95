// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Block labels from a Loghub {@code anomaly_label.csv}, with counts of the rows that could not be
 * used, so that a bad label file is reported rather than silently half-read.
 *
 * @param byBlock true for an anomalous block, false for a normal one
 * @param rows data rows read
 * @param duplicates rows naming a block already labelled (the first label wins)
 * @param conflicting duplicates whose label disagrees with the first
 * @param malformed rows without two fields, with an empty block id, or with bytes in the block id that are not UTF-8
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

    /**
     * One line saying what was read and what was skipped, naming only the kinds of bad rows there
     * were, for example {@code 2,200 labelled blocks (69 anomalous) from 2,203 rows; skipped 3:
     * 2 duplicates (1 with a conflicting label; the first label counts), 1 with an unknown label}.
     */
    public String summary() {
        StringBuilder s = new StringBuilder(count(byBlock.size(), "labelled block")).append(" (")
                .append(String.format(Locale.ROOT, "%,d", anomalies())).append(" anomalous) from ")
                .append(count(rows, "row"));
        long skipped = duplicates + malformed + unknownLabels;
        if (skipped > 0) {
            List<String> parts = new ArrayList<>();
            if (duplicates > 0) {
                parts.add(count(duplicates, "duplicate") + (conflicting == 0 ? ""
                        : " (" + String.format(Locale.ROOT, "%,d", conflicting)
                                + " with a conflicting label; the first label counts)"));
            }
            if (malformed > 0) {
                parts.add(String.format(Locale.ROOT, "%,d", malformed) + " malformed (no block id or no label)");
            }
            if (unknownLabels > 0) {
                parts.add(String.format(Locale.ROOT, "%,d", unknownLabels) + " with an unknown label (not Normal or Anomaly)");
            }
            s.append("; skipped ").append(String.format(Locale.ROOT, "%,d", skipped)).append(": ")
                    .append(String.join(", ", parts));
        }
        return s.toString();
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
