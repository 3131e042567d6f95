// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

import dev.blocklight.ui.templates.TemplateDetailViewModel.ParameterValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The selected template's example raw lines and the distribution of its parameter values. */
final class TemplateDetailView extends BorderPane {
    TemplateDetailView(TemplateDetailViewModel model) {
        Label header = new Label();
        header.setId("template-detail-header");
        header.getStyleClass().add("section-header");
        header.setPadding(new Insets(4, 6, 4, 6));
        header.textProperty().bind(model.headerProperty());

        ListView<String> examples = new ListView<>(model.examples());
        examples.setId("template-examples");
        examples.getStyleClass().add("monospace");
        examples.setPlaceholder(new Label("Example lines of the selected template appear here"));

        TableView<ParameterValue> params = new TableView<>(model.parameters());
        params.setId("template-parameters");
        params.setPlaceholder(new Label("No parameters"));
        params.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        params.getColumns().add(col("#", 40, p -> p.position()));
        params.getColumns().add(col("Count", 70, p -> p.count()));
        params.getColumns().add(col("Value (among " + TemplateDetailViewModel.EXAMPLES + " examples)", 300,
                ParameterValue::value));

        SplitPane split = new SplitPane(examples, params);
        split.setDividerPositions(0.62);
        setTop(header);
        setCenter(split);
    }

    private static <T> TableColumn<ParameterValue, T> col(String name, double width,
            java.util.function.Function<ParameterValue, T> value) {
        TableColumn<ParameterValue, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }
}
