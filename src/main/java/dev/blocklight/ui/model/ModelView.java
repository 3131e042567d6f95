// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import javafx.geometry.Pos;
import dev.blocklight.core.model.EpochReport;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The model tab: train on the open log, the model's status, and live training and validation loss curves. */
public final class ModelView extends BorderPane {
    private final XYChart.Series<Number, Number> training = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> validation = new XYChart.Series<>();

    public ModelView(ModelViewModel model) {
        Button train = new Button("Train on this log", new FontIcon("mdi2s-school-outline"));
        train.setId("train");
        train.setOnAction(e -> model.train());
        Label status = new Label();
        status.setId("model-status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(10, train, status);
        bar.setPadding(new Insets(8));
        bar.setAlignment(Pos.CENTER_LEFT);

        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        NumberAxis y = new NumberAxis();
        y.setLabel("loss (nats per step)");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("loss-chart");
        chart.setAnimated(false);
        training.setName("training");
        validation.setName("validation");
        chart.getData().add(training);
        chart.getData().add(validation);
        model.epochs().addListener((ListChangeListener<EpochReport>) c -> redraw(model));
        setTop(bar);
        setCenter(chart);
    }

    private void redraw(ModelViewModel model) {
        training.getData().clear();
        validation.getData().clear();
        for (EpochReport r : model.epochs()) {
            training.getData().add(new XYChart.Data<>(r.epoch(), r.trainingLoss()));
            if (!Double.isNaN(r.validationLoss())) {
                validation.getData().add(new XYChart.Data<>(r.epoch(), r.validationLoss()));
            }
        }
    }
}
