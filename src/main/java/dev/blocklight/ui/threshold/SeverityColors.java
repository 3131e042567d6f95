// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.Severity;

/** One colour per severity, shared by the legend and the blocks table. */
public final class SeverityColors {
    private SeverityColors() {
    }

    /** CSS colour of a severity; empty for {@link Severity#NONE}. */
    public static String css(Severity s) {
        return switch (s) {
            case NONE -> "";
            case WARNING -> "#f9a825";
            case MINOR -> "#fb8c00";
            case MAJOR -> "#e53935";
            case CRITICAL -> "#8e0000";
        };
    }
}
