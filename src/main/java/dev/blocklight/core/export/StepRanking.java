// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.util.Locale;

/**
 * Describes a block's worst-reconstructed steps: {@code #4 E11 (0.93) PacketResponder <*> ... |
 * #9 E9 (0.71) ...}, step numbers from 1, worst first, earlier step first on equal error.
 */
final class StepRanking {
    private final EventTable events;
    private final int limit;
    private final StringBuilder sb = new StringBuilder();

    StepRanking(EventTable events, int limit) {
        this.events = events;
        this.limit = limit;
    }

    /** The description, or an empty string when the model gave no step errors. */
    String describe(int[] ev, float[] errors) {
        sb.setLength(0);
        if (errors == null) {
            return "";
        }
        if (errors.length != ev.length) {
            throw new IllegalArgumentException(ev.length + " events but " + errors.length + " step errors");
        }
        int[] top = worst(errors);
        for (int j = 0; j < top.length; j++) {
            int k = top[j];
            EventType e = events.get(ev[k]);
            if (j > 0) {
                sb.append(" | ");
            }
            sb.append('#').append(k + 1).append(' ').append(e.id()).append(" (")
                    .append(String.format(Locale.ROOT, "%.3g", errors[k])).append(") ").append(e.template());
        }
        return sb.toString();
    }

    /** Indices of the {@code limit} largest errors, largest first (selection; limit is small). */
    private int[] worst(float[] errors) {
        int m = Math.min(limit, errors.length);
        int[] top = new int[m];
        boolean[] taken = new boolean[errors.length];
        for (int j = 0; j < m; j++) {
            int best = -1;
            for (int k = 0; k < errors.length; k++) {
                if (!taken[k] && (best < 0 || errors[k] > errors[best])) {
                    best = k;
                }
            }
            taken[best] = true;
            top[j] = best;
        }
        return top;
    }
}
