// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximised state between runs, in the user's preferences. */
final class WindowLayout {
    private final Preferences prefs;

    WindowLayout(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Puts the stage where it was last time, if that place is still on a screen. */
    void restore(Stage stage) {
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        double w = prefs.getDouble("window.width", 1200);
        double h = prefs.getDouble("window.height", 760);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** Records the stage's current layout. */
    void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }
}
