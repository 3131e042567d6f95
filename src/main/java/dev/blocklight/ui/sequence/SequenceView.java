// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import dev.blocklight.core.parse.EventType;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The sequence viewer: the selected block's events as a strip of template chips, and its raw log
 * lines below.
 */
public final class SequenceView extends VBox {
    private final FlowPane chips = new FlowPane(4, 4);

    public SequenceView(SequenceViewModel model) {
        Label header = new Label();
        header.setId("sequence-header");
        header.setStyle("-fx-font-weight: bold;");
        header.textProperty().bind(model.headerProperty());
        chips.setId("sequence-chips");
        chips.setPadding(new Insets(4));
        ScrollPane chipScroll = new ScrollPane(chips);
        chipScroll.setFitToWidth(true);
        chipScroll.setPrefViewportHeight(70);
        model.steps().addListener((ListChangeListener<EventType>) c -> rebuild(model));
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("sequence-lines");
        lines.setStyle("-fx-font-family: monospace;");
        lines.setPlaceholder(new Label("No block selected"));
        VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(header, chipScroll, lines);
    }

    private void rebuild(SequenceViewModel model) {
        chips.getChildren().clear();
        for (EventType e : model.steps()) {
            Label chip = new Label(e.id());
            chip.getStyleClass().add("event-chip");
            chip.setStyle("-fx-padding: 2 6; -fx-background-radius: 8; -fx-background-color: #dde6f3;");
            chip.setTooltip(new Tooltip(e.template()));
            chips.getChildren().add(chip);
        }
    }
}
