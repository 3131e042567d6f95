// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import org.controlsfx.tools.Duplicatable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An Ikonli icon that ControlsFX's {@code ActionUtils} can copy: each menu item and button made
 * from one {@code Action} needs its own node, and ActionUtils copies only image views and
 * {@link Duplicatable} nodes (any other graphic would be dropped).
 */
final class ActionIcon extends FontIcon implements Duplicatable<ActionIcon> {
    ActionIcon(String iconCode) {
        super(iconCode);
    }

    @Override
    public ActionIcon duplicate() {
        return new ActionIcon(getIconLiteral());
    }
}
