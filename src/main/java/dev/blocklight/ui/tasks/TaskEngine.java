// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one place long jobs run: a queue of {@link Task}s on background threads, so the FX thread
 * never parses, trains or scores. Tasks run one at a time in submission order; the engine lists the
 * tasks that are waiting or running, for the tasks panel. Call its methods on the FX thread.
 */
public final class TaskEngine implements AutoCloseable {
    private final ExecutorService executor;
    private final ExecutorService quick;
    private final ObservableList<Task<?>> active = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> readOnly = FXCollections.unmodifiableObservableList(active);
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper();

    public TaskEngine() {
        executor = Executors.newSingleThreadExecutor(daemon("blocklight-task-"));
        quick = Executors.newSingleThreadExecutor(daemon("blocklight-quick-"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs a short job, such as reading one block's raw lines, beside the queue so that it never
     * waits behind a long parse. It is not listed in the tasks panel.
     */
    public <T> Task<T> submitQuick(Task<T> task) {
        if (!cancelIfClosed(quick, task)) {
            quick.execute(task);
        }
        return task;
    }

    /** Queues a task; it is listed until it succeeds, fails or is cancelled. */
    public <T> Task<T> submit(Task<T> task) {
        if (cancelIfClosed(executor, task)) {
            return task;
        }
        active.add(task);
        activeCount.set(active.size());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                active.remove(task);
                activeCount.set(active.size());
            }
        });
        executor.execute(task);
        return task;
    }

    /** A task submitted by a late callback after the window closed has nothing to run for: cancel it. */
    private static boolean cancelIfClosed(ExecutorService pool, Task<?> task) {
        if (pool.isShutdown()) {
            task.cancel();
            return true;
        }
        return false;
    }

    /** Cancels every waiting and running task. */
    public void cancelAll() {
        for (Task<?> t : active.toArray(new Task<?>[0])) {
            t.cancel();
        }
    }

    /** Tasks waiting or running, oldest first. */
    public ObservableList<Task<?>> activeTasks() {
        return readOnly;
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    @Override
    public void close() {
        cancelAll();
        executor.shutdownNow();
        quick.shutdownNow();
    }
}
