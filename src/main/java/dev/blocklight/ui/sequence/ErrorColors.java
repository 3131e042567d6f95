// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import javafx.scene.paint.Color;

/**
 * Chip colours for per-step reconstruction errors: pale blue for a step the model expected, through
 * amber, to red from {@link #RED_FROM} nats (the model gave the event under 1% probability).
 * Grey when the step was not scored.
 */
public final class ErrorColors {
    /** Errors at or above this many nats are fully red: -ln(0.01). */
    public static final double RED_FROM = Math.log(100);
    static final Color UNSCORED = Color.web("#e0e0e0");
    private static final Color LOW = Color.web("#dde6f3");
    private static final Color MID = Color.web("#ffd180");
    private static final Color HIGH = Color.web("#e53935");

    private ErrorColors() {
    }

    /** The colour of a step with this error (NaN: not scored). */
    public static Color of(double error) {
        if (Double.isNaN(error)) {
            return UNSCORED;
        }
        double f = Math.max(0, Math.min(1, error / RED_FROM));
        return f < 0.5 ? LOW.interpolate(MID, f * 2) : MID.interpolate(HIGH, (f - 0.5) * 2);
    }

    /** CSS hex of {@link #of}, for inline styles. */
    static String css(double error) {
        Color c = of(error);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
