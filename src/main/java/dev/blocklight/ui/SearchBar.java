// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import javafx.geometry.Pos;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar above a table: a clearable search field bound to a filter, extra controls, and a count. */
public final class SearchBar extends HBox {
    private final TextField field = TextFields.createClearableTextField();

    /**
     * @param id node id prefix: the field gets {@code id + "-search"}, the count {@code id + "-count"}
     */
    public SearchBar(String id, String prompt, StringProperty filter, ReadOnlyStringProperty summary, Node... extra) {
        super(8);
        field.setId(id + "-search");
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(filter);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label count = new Label();
        count.setId(id + "-count");
        count.textProperty().bind(summary);
        getChildren().addAll(new FontIcon("mdi2m-magnify"), field);
        getChildren().addAll(extra);
        getChildren().add(count);
        setPadding(new Insets(6));
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Focuses the field and selects its text. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
