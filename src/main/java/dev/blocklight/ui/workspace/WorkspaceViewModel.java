// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.ErrorMessages;
import dev.blocklight.core.Human;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateDraft;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.tasks.TasksViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The open analysis: which log is open, its parse result, and the last error. Opening a log queues
 * a {@link ParseTask} on the task engine; results land here on the FX thread.
 */
public final class WorkspaceViewModel {
    private final TaskEngine engine;
    private final TasksViewModel tasks;
    private final ParserConfig parserConfig;
    private final Path sampleFolder;
    private final ReadOnlyObjectWrapper<Path> log = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParseResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<byte[]> labels = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<TemplateDraft>> drafts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Blocklight");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final RecentFiles recent;

    public WorkspaceViewModel(TaskEngine engine, TasksViewModel tasks, ParserConfig parserConfig, Path sampleFolder,
            RecentFiles recent) {
        this.recent = recent;
        this.engine = engine;
        this.tasks = tasks;
        this.parserConfig = parserConfig;
        this.sampleFolder = sampleFolder;
    }

    /** Queues a parse of {@code file}; the current analysis stays until the new one succeeds. */
    public Task<ParseResult> open(Path file) {
        ParseTask task = new ParseTask(file, parserConfig, drafts::set);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                drafts.set(null); // (not task.isDone(): the future may complete after this state change)
            }
        });
        task.setOnSucceeded(e -> {
            ParseResult r = task.getValue();
            log.set(file);
            recent.add(file);
            labels.set(task.labels());
            result.set(r);
            title.set("Blocklight — " + file.getFileName());
            error.set("");
            tasks.report(summary(r.stats()));
        });
        task.setOnFailed(e -> reportError("Could not open " + file.getFileName(), task.getException()));
        task.setOnCancelled(e -> tasks.report("Parsing " + file.getFileName() + " cancelled"));
        return engine.submit(task);
    }

    /** Reads a Loghub {@code anomaly_label.csv} for the open log's blocks, in the background. */
    public void importLabels(Path file) {
        ParseResult r = result.get();
        if (r == null) {
            error.set("Open a log before importing labels");
            return;
        }
        Task<byte[]> task = new Task<>() {
            @Override
            protected byte[] call() throws Exception {
                updateTitle("Import labels");
                updateMessage("Reading " + file.getFileName());
                Labels l = LabelReader.read(file);
                updateMessage(l.summary());
                return l.of(r.sessions());
            }
        };
        task.setOnSucceeded(e -> {
            if (result.get() == r) {
                labels.set(task.getValue());
                tasks.report("Labels from " + file.getFileName() + ": " + task.getMessage());
            }
        });
        task.setOnFailed(e -> reportError("Could not import labels from " + file.getFileName(), task.getException()));
        engine.submit(task);
    }

    /** Generates the built-in sample log if needed, then opens it. */
    public void openSample() {
        SampleTask task = new SampleTask(sampleFolder);
        task.setOnSucceeded(e -> open(task.getValue()));
        task.setOnFailed(e -> reportError("Could not prepare the built-in sample", task.getException()));
        task.setOnCancelled(e -> tasks.report("Sample generation cancelled"));
        engine.submit(task);
    }

    /** Shows a failed job's error as one sentence in the notification bar. */
    public void reportError(String what, Throwable t) {
        error.set(what + ": " + (t == null ? "unknown error" : ErrorMessages.describe(t)));
        tasks.report(what);
    }

    static String summary(ParseStats s) {
        String text = String.format("%s lines, %s blocks, %d templates in %s (%s lines/s)", Human.count(s.lines()),
                Human.count(s.blocks()), s.events(), Human.duration(s.elapsedNanos()), Human.count(s.linesPerSecond()));
        if (s.unparsedLines() > 0) {
            text += String.format("; %s lines did not match the format", Human.count(s.unparsedLines()));
        }
        return text;
    }

    public ReadOnlyObjectProperty<Path> logProperty() {
        return log.getReadOnlyProperty();
    }

    /** The templates mined so far by a running parse, or null when none runs. */
    public ReadOnlyObjectProperty<List<TemplateDraft>> draftsProperty() {
        return drafts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ParseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Logs opened lately, newest first. */
    public RecentFiles recent() {
        return recent;
    }

    /** Labels of the open log's blocks (1 anomaly, 0 normal, -1 unknown), or null when none were found. */
    public ReadOnlyObjectProperty<byte[]> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last error as one sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Clears the error once the user has read it. */
    public void dismissError() {
        error.set("");
    }
}
