// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

/**
 * Chip colours for per-step reconstruction errors, as style classes of {@code blocklight.css}: pale
 * blue for a step the model expected, through amber, to red from {@link #RED_FROM} nats (the model
 * gave the event under 1% probability), in {@value #STEPS} steps ({@code error-0} to
 * {@code error-10}); {@code error-unscored} (grey) when the step was not scored.
 */
public final class ErrorColors {
    /** Errors at or above this many nats are fully red: -ln(0.01). */
    public static final double RED_FROM = Math.log(100);
    /** Steps between pale blue and red. */
    static final int STEPS = 10;

    private ErrorColors() {
    }

    /** The style class of a step with this error (NaN: not scored). */
    static String styleClass(double error) {
        if (Double.isNaN(error)) {
            return "error-unscored";
        }
        double f = Math.max(0, Math.min(1, error / RED_FROM));
        return "error-" + (int) Math.floor(f * STEPS);
    }
}
