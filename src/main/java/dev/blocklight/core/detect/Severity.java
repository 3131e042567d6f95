// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Locale;

/** How far above the threshold a flagged block scores; {@link #NONE} for blocks not flagged. */
public enum Severity {
    NONE, WARNING, MINOR, MAJOR, CRITICAL;

    /** Lower-case name, as written in exports: "critical". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
