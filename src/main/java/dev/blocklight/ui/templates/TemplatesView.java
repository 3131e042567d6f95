// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

import javafx.geometry.Pos;
import dev.blocklight.ui.SearchBar;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The template browser: a searchable table of the mined templates. */
public final class TemplatesView extends BorderPane {
    private final SearchBar bar;

    public TemplatesView(TemplatesViewModel model, TemplateDetailViewModel detail) {
        bar = new SearchBar("template", "Filter templates (use -word to exclude)", model.filterProperty(),
                model.summaryProperty());

        TableView<TemplateRow> table = new TableView<>(model.rows());
        table.setId("templates");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No templates yet: open a log"));
        table.getColumns().add(column("Id", 70, TemplateRow::id));
        table.getColumns().add(numberColumn("Occurrences", 110, TemplateRow::occurrences, n -> String.format("%,d", n.longValue())));
        table.getColumns().add(numberColumn("Share", 80, TemplateRow::share,
                n -> String.format(Locale.ROOT, "%.2f%%", n.doubleValue() * 100)));
        table.getColumns().add(numberColumn("Blocks", 90, TemplateRow::blocks,
                n -> n.intValue() < 0 ? "…" : String.format("%,d", n.intValue())));
        table.getColumns().add(column("Template", 600, TemplateRow::template));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> detail.select(row));
        SplitPane split = new SplitPane(table, new TemplateDetailView(detail));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(bar);
        setCenter(split);
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        bar.focus();
    }

    private static TableColumn<TemplateRow, String> column(String name, double width,
            Function<TemplateRow, String> value) {
        TableColumn<TemplateRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<TemplateRow, Number> numberColumn(String name, double width,
            Function<TemplateRow, Number> value, Function<Number, String> format) {
        TableColumn<TemplateRow, Number> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }
}
