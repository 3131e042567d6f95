// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.tasks;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.TaskProgressView;

/**
 * The tasks panel: a ControlsFX {@link TaskProgressView} of the running jobs, each with progress,
 * message and a cancel button, above a {@link StatusBar} that summarises them.
 */
public final class TasksView extends VBox {
    private final TaskProgressView<Task<?>> progress = new TaskProgressView<>();
    private final StatusBar status = new StatusBar();

    public TasksView(TaskEngine engine, TasksViewModel model) {
        progress.setId("tasks");
        progress.setPrefHeight(110);
        progress.setMaxHeight(140);
        Bindings.bindContent(progress.getTasks(), engine.activeTasks());
        progress.visibleProperty().bind(engine.activeCountProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.progressProperty().bind(model.progressProperty());
        getChildren().addAll(progress, status);
    }
}
