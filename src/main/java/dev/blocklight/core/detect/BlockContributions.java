// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events that contribute most to one block's score: each event's summed per-step
 * reconstruction error within the block, as a share of the block's total error. Pure function.
 */
public final class BlockContributions {
    private BlockContributions() {
    }

    /**
     * One event's part of a block's error.
     *
     * @param event the event index (into the parse's event table)
     * @param steps the block's steps with this event
     * @param error the summed error (nats) of those steps
     * @param share {@code error} over the block's total error (0 when the total is 0)
     */
    public record Part(int event, int steps, double error, double share) {
    }

    /**
     * The {@code limit} events with the largest summed error, largest first (ties: the event seen
     * first in the block). Steps past the end of {@code errors} (a model that saw only the first
     * steps of a long block) count as steps with no error.
     *
     * @param events the block's event indices in log order
     * @param errors per-step errors aligned with {@code events}, possibly shorter; null for none
     */
    public static List<Part> top(int[] events, float[] errors, int limit) {
        if (errors == null || events.length == 0 || limit <= 0) {
            return List.of();
        }
        Map<Integer, double[]> byEvent = new LinkedHashMap<>(); // event -> {steps, error}
        double total = 0;
        for (int k = 0; k < events.length; k++) {
            double e = k < errors.length && Float.isFinite(errors[k]) ? Math.max(0, errors[k]) : 0;
            double[] acc = byEvent.computeIfAbsent(events[k], x -> new double[2]);
            acc[0]++;
            acc[1] += e;
            total += e;
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Integer, double[]> en : byEvent.entrySet()) {
            double[] acc = en.getValue();
            parts.add(new Part(en.getKey(), (int) acc[0], acc[1], total == 0 ? 0 : acc[1] / total));
        }
        parts.sort(Comparator.comparingDouble(Part::error).reversed()); // stable: first seen wins ties
        return List.copyOf(parts.subList(0, Math.min(limit, parts.size())));
    }
}
