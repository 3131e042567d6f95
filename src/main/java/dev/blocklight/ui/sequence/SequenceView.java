// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sequence viewer: the selected block's events as a strip of template chips coloured by each
 * step's reconstruction error, the events contributing most to its score, and its raw log lines.
 */
public final class SequenceView extends VBox {
    private static final int TOP_ROWS = SequenceViewModel.TOP_EVENTS;
    private final FlowPane chips = new FlowPane(4, 4);

    public SequenceView(SequenceViewModel model) {
        Label header = new Label();
        header.setId("sequence-header");
        header.getStyleClass().add("section-header");
        header.textProperty().bind(model.headerProperty());
        Label explanation = new Label();
        explanation.setId("sequence-explanation");
        explanation.setWrapText(true);
        // the count term makes the line long: it wraps instead of being cut off by the panes below
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().bind(model.explanationProperty());
        chips.setId("sequence-chips");
        chips.setPadding(new Insets(4));
        ScrollPane chipScroll = new ScrollPane(chips);
        chipScroll.setFitToWidth(true);
        chipScroll.setPrefViewportHeight(70);
        model.steps().addListener((ListChangeListener<Step>) c -> rebuild(model));

        ListView<Contribution> top = new ListView<>(model.topEvents());
        top.setId("sequence-top");
        top.setFixedCellSize(26);
        top.setPrefHeight(TOP_ROWS * 26 + 4);
        top.setMinHeight(TOP_ROWS * 26 + 4);
        top.setPlaceholder(new Label("Top contributing events appear once a model has scored the log"));
        top.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Contribution c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });

        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("sequence-lines");
        lines.getStyleClass().add("monospace");
        lines.setFixedCellSize(24);
        lines.setMinHeight(24 * 3 + 4);
        lines.setPlaceholder(new Label("No block selected"));
        VBox.setVgrow(lines, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(header, explanation, chipScroll, new Label("Top contributing events"), top, lines);
    }

    /** For example {@code E9  62.5%  (3 steps)  Receiving block <BLK> ...}. */
    static String describe(Contribution c) {
        return String.format(Locale.ROOT, "%-4s %5.1f%%  (%d step%s)  %s", c.id(), c.share() * 100, c.steps(),
                c.steps() == 1 ? "" : "s", c.template());
    }

    private void rebuild(SequenceViewModel model) {
        chips.getChildren().clear();
        int k = 0;
        for (Step s : model.steps()) {
            k++;
            Label chip = new Label(s.event().id());
            chip.getStyleClass().addAll("event-chip", ErrorColors.styleClass(s.error()));
            chip.setUserData(s);
            String error = Float.isNaN(s.error()) ? "not scored"
                    : String.format(Locale.ROOT, "error %.3f nats (p = %.3g)", s.error(), Math.exp(-s.error()));
            chip.setTooltip(new Tooltip("#" + k + " " + s.event().template() + "\n" + error));
            chips.getChildren().add(chip);
        }
    }
}
