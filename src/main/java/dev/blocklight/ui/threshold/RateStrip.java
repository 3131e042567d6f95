// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.TimeSlices;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;

/**
 * The flagged rate over time: one bar per time slice of the log, its height the slice's flagged
 * rate relative to the highest slice's, so flags bunched in one incident stand out from flags
 * spread over the whole log.
 */
final class RateStrip extends CanvasPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private List<TimeSlices.Slice> slices = List.of();

    RateStrip() {
        setMinHeight(44);
        setPrefHeight(56);
    }

    void setSlices(List<TimeSlices.Slice> s) {
        slices = s == null ? List.of() : s;
        redraw();
    }

    /** The slices drawn. */
    List<TimeSlices.Slice> slices() {
        return slices;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFont(labelFont());
        g.setFill(ink(Ink.TEXT));
        if (slices.isEmpty()) {
            g.fillText("Flagged rate over time: no block times", 4, 12);
            return;
        }
        double peak = 0;
        int peakAt = 0;
        for (int s = 0; s < slices.size(); s++) {
            double r = slices.get(s).rate();
            if (r > peak) {
                peak = r;
                peakAt = s;
            }
        }
        double top = 14;
        double barW = w / slices.size();
        g.setFill(ink(Ink.STRIP));
        g.fillRect(0, top, w, h - top);
        for (int s = 0; s < slices.size(); s++) {
            double r = slices.get(s).rate();
            if (peak > 0 && r > 0) {
                double bh = (h - top) * r / peak;
                g.setFill(ink(Ink.FLAGGED).interpolate(ink(Ink.ALARM), r / peak));
                g.fillRect(s * barW, h - bh, Math.max(1, barW - 1), bh);
            }
        }
        g.setFill(ink(Ink.TEXT));
        g.fillText(String.format(Locale.ROOT, "Flagged rate over time (%s to %s UTC): peak %.2f%% at %s",
                TIME.format(Instant.ofEpochSecond(slices.get(0).from())),
                TIME.format(Instant.ofEpochSecond(slices.get(slices.size() - 1).to())), peak * 100,
                TIME.format(Instant.ofEpochSecond(slices.get(peakAt).from()))), 4, 11);
    }
}
