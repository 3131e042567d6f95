// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.Arrays;

/**
 * One real HDFS_v1 block's event sequence, as published with its label.
 *
 * @param events the event numbers in log order, 1 to 30 ({@code 22} for E22; the published sequences
 *     hold E1-E29 only); the array is not copied, do not change it
 * @param anomalous true for a block labelled {@code Anomaly}
 */
public record RealSequence(int[] events, boolean anomalous) {
    /** The highest event number a sequence may hold (E30, the multi-block delete, rendered single-block). */
    public static final int MAX_EVENT = 30;

    /** Checks that there is at least one event and every event is in 1..{@value #MAX_EVENT}. */
    public RealSequence {
        if (events.length == 0) {
            throw new IllegalArgumentException("a sequence needs at least one event");
        }
        for (int e : events) {
            if (e < 1 || e > MAX_EVENT) {
                throw new IllegalArgumentException("unknown event id E" + e + " (expected E1-E" + MAX_EVENT + ")");
            }
        }
    }

    /** The canonical text, {@code E22 E5 E5 E11}. */
    public String text() {
        return AnomalyHalves.canonical(events);
    }

    /** The half of an anomalous sequence ({@link AnomalyHalves#of(int[])}); normal ones belong to both. */
    public AnomalyHalves.Half half() {
        return AnomalyHalves.of(events);
    }

    /** Number of events (log lines of the block). */
    public int length() {
        return events.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealSequence r && r.anomalous == anomalous && Arrays.equals(r.events, events);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(events) * 31 + Boolean.hashCode(anomalous);
    }

    @Override
    public String toString() {
        return (anomalous ? "Anomaly " : "Normal ") + text();
    }
}
