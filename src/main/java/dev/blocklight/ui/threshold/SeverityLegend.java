// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import java.util.Locale;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Severity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * The severity legend: one toggle per severity with its colour and count of flagged blocks. Picking
 * one shows only those blocks in the blocks table; picking it again shows all.
 */
final class SeverityLegend extends HBox {
    private final ToggleGroup group = new ToggleGroup();

    SeverityLegend(ThresholdViewModel model) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new Label("Severity"));
        for (Severity s : Severity.values()) {
            if (s == Severity.NONE) {
                continue;
            }
            Rectangle swatch = new Rectangle(10, 10);
            swatch.getStyleClass().addAll("severity-swatch", s.name().toLowerCase(Locale.ROOT));
            ToggleButton b = new ToggleButton(s.label(), swatch);
            b.setId("severity-" + s.label());
            b.setUserData(s);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip("Show only the " + s.label() + " blocks in the blocks table"));
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, t) ->
                model.severityFilterProperty().set(t == null ? null : (Severity) t.getUserData()));
        model.severityFilterProperty().addListener((obs, old, s) -> {
            if (s == null) {
                group.selectToggle(null);
            }
        });
        model.diagnosisProperty().addListener((obs, old, d) -> counts(d));
    }

    private void counts(Diagnosis d) {
        for (var node : getChildren()) {
            if (node instanceof ToggleButton b) {
                Severity s = (Severity) b.getUserData();
                b.setText(d == null ? s.label() : String.format("%s %,d", s.label(), d.bands().count(s)));
            }
        }
    }
}
