// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The workbench's look: AtlantaFX's Primer Light theme as the application-wide user-agent
 * stylesheet (a flat, modern restyle of the standard controls), plus a small scene stylesheet that
 * gives ControlsFX's controls the Modena colour names they look up; and the workbench's own
 * stylesheet ({@code blocklight.css}), which holds every colour its code uses.
 */
public final class Theme {
    private Theme() {
    }

    /** Applies the theme to every window of the application; call on the FX thread before showing one. */
    public static void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    /** Whether the theme is the application's user-agent stylesheet (else windows keep the default look). */
    public static boolean isApplied() {
        return stylesheet().equals(Application.getUserAgentStylesheet());
    }

    /** The workbench's own stylesheet (its colours and fonts), for every scene, themed or not. */
    public static String appStylesheet() {
        return Theme.class.getResource("blocklight.css").toExternalForm();
    }

    /** The scene stylesheet that maps Modena's colour names onto the theme's, for ControlsFX. */
    public static String sceneStylesheet() {
        return Theme.class.getResource("controlsfx-on-atlantafx.css").toExternalForm();
    }

    /** The theme's user-agent stylesheet URL. */
    public static String stylesheet() {
        return new PrimerLight().getUserAgentStylesheetBSS(); // binary CSS: parsed faster at start-up
    }
}
