// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.export;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.export.FlaggedCsv;
import dev.blocklight.core.export.FlaggedExport;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Exports the blocks flagged at the current threshold as CSV, in the background and atomically; the
 * last exported file is kept so the view can offer to show its folder.
 */
public final class ExportViewModel {
    private final TaskEngine engine;
    private final WorkspaceViewModel workspace;
    private final ReadOnlyObjectProperty<ScoringRun.Outcome> scores;
    private final ReadOnlyDoubleProperty threshold;
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(TaskEngine engine, WorkspaceViewModel workspace,
            ReadOnlyObjectProperty<ScoringRun.Outcome> scores, ReadOnlyDoubleProperty threshold) {
        this.engine = engine;
        this.workspace = workspace;
        this.scores = scores;
        this.threshold = threshold;
    }

    /** True while there is nothing to export (no scores yet). */
    public BooleanBinding unavailable() {
        return Bindings.isNull(scores);
    }

    /** Writes the flagged blocks to {@code file}. */
    public Task<Integer> export(Path file) {
        ParseResult parsed = workspace.resultProperty().get();
        ScoringRun.Outcome s = scores.get();
        if (parsed == null || s == null) {
            return null;
        }
        Threshold t = threshold.get() == s.threshold().value() ? s.threshold() : Threshold.manual(threshold.get());
        byte[] labels = workspace.labelsProperty().get();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                updateTitle("Export flagged blocks");
                updateMessage("Writing " + file.getFileName());
                SessionScores blocks = s.blocks(parsed.sessions());
                return FlaggedCsv.write(file, FlaggedExport.of(blocks, parsed.events(), t, labels));
            }
        };
        task.setOnSucceeded(e -> exported.set(file));
        task.setOnFailed(e -> workspace.reportError("Could not export to " + file.getFileName(), task.getException()));
        return engine.submit(task);
    }

    /** The file of the last successful export, or null. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
