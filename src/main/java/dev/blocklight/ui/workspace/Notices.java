// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar that shows errors and notices above the feature tabs: ControlsFX's
 * {@link NotificationPane}, which slides in, or in low-bandwidth mode a plain banner that appears
 * at once (no animation frames to send over a remote desktop link). Both have the id
 * {@code notifications}; the plain banner's bar has the id {@code notice-banner}.
 */
public final class Notices {
    private final NotificationPane pane;
    private final BorderPane plain;
    private final HBox banner;
    private final Label text = new Label();
    private final HBox actions = new HBox(6);
    private Runnable onHidden = () -> { };

    private Notices(Node content, boolean animated) {
        if (animated) {
            pane = new NotificationPane(content);
            pane.setId("notifications");
            pane.setShowFromTop(true);
            pane.setOnHidden(e -> onHidden.run());
            plain = null;
            banner = null;
        } else {
            pane = null;
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button close = new Button(null, new FontIcon("mdi2c-close"));
            close.setId("notice-close");
            close.setOnAction(e -> hide());
            banner = new HBox(8, text, actions, close);
            banner.setId("notice-banner");
            banner.getStyleClass().add("notice-banner");
            banner.setMinHeight(Region.USE_PREF_SIZE);
            plain = new BorderPane(content);
            plain.setId("notifications");
            setShowing(false);
        }
    }

    /** A bar that slides in and out (ControlsFX). */
    public static Notices animated(Node content) {
        return new Notices(content, true);
    }

    /** A plain banner without animation, for low-bandwidth mode. */
    public static Notices plain(Node content) {
        return new Notices(content, false);
    }

    /** The node that holds the content and the bar. */
    public Node node() {
        return pane != null ? pane : plain;
    }

    /** Shows {@code message} with an icon and buttons for {@code actionList}. */
    public void show(String message, Node graphic, List<Action> actionList) {
        if (pane != null) {
            pane.setGraphic(graphic);
            pane.getActions().setAll(actionList);
            pane.show(message);
            return;
        }
        text.setText(message);
        text.setGraphic(graphic);
        actions.getChildren().clear();
        for (Action a : actionList) {
            Button b = new Button(a.getText());
            b.setOnAction(a);
            actions.getChildren().add(b);
        }
        setShowing(true);
    }

    /** Hides the bar; the on-hidden action runs when it was showing. */
    public void hide() {
        if (pane != null) {
            pane.hide();
        } else if (isShowing()) {
            setShowing(false);
            onHidden.run();
        }
    }

    public boolean isShowing() {
        return pane != null ? pane.isShowing() : plain.getTop() != null;
    }

    /** Runs after the bar was hidden, by the user or by {@link #hide}. */
    public void setOnHidden(Runnable r) {
        onHidden = r;
    }

    private void setShowing(boolean showing) {
        plain.setTop(showing ? banner : null);
    }
}
