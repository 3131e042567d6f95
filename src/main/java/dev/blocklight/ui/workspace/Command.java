// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One user action of the main window, defined once and shown as a menu item and, for the frequent
 * ones, as a toolbar button: the same icon, handler and availability in both places.
 *
 * @param text the menu item's text
 * @param icon the Ikonli icon code
 * @param accelerator the menu shortcut, such as {@code Shortcut+O}, or null
 * @param action what it does
 * @param disabled when the action is unavailable, or null for always available
 */
record Command(String text, String icon, String accelerator, Runnable action, ObservableBooleanValue disabled) {

    /** The menu item, with {@code id} when not null. */
    MenuItem menuItem(String id) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        if (disabled != null) {
            m.disableProperty().bind(disabled);
        }
        return m;
    }

    /** The toolbar button: the icon alone, with {@code tip} as tooltip and accessible text. */
    Button button(String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }
}
