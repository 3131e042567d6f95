// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.tasks;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;

/**
 * The status-bar summary of the task engine: the first running task's message and progress, or the
 * last finished job's outcome.
 */
public final class TasksViewModel {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    public TasksViewModel(TaskEngine engine) {
        engine.activeTasks().addListener((ListChangeListener<Task<?>>) c -> follow(engine));
    }

    private void follow(TaskEngine engine) {
        status.unbind();
        progress.unbind();
        if (engine.activeTasks().isEmpty()) {
            progress.set(0);
            return;
        }
        Task<?> first = engine.activeTasks().get(0);
        status.bind(first.messageProperty());
        progress.bind(first.progressProperty());
    }

    /** Shows an outcome such as "Parsed 1.2M lines in 2.3 s" until the next task starts. */
    public void report(String outcome) {
        status.unbind();
        status.set(outcome);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
