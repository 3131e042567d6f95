// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.ErrorMessages;
import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BundleReader;
import dev.blocklight.core.model.BundleWriter;
import dev.blocklight.core.model.EpochReport;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.workspace.ModelRef;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.tasks.TasksViewModel;
import dev.blocklight.ui.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The model of the open analysis: train one on the open log, or load one; then every block gets a
 * score. Training reports each epoch (for a loss curve); a new log clears the scores.
 */
public final class ModelViewModel {
    private final TaskEngine engine;
    private final TasksViewModel tasks;
    private final WorkspaceViewModel workspace;
    private final ModelConfig config;
    private final ReadOnlyObjectWrapper<AutoencoderModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoringRun.Outcome> scores = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No model");
    private final ObservableList<EpochReport> epochs = FXCollections.observableArrayList();
    private final ObservableList<EpochReport> epochsView = FXCollections.unmodifiableObservableList(epochs);
    private ScoringRun.Outcome restoredOutcome;
    private ModelRef restoredRef;

    public ModelViewModel(TaskEngine engine, TasksViewModel tasks, WorkspaceViewModel workspace, ModelConfig config) {
        this.engine = engine;
        this.tasks = tasks;
        this.workspace = workspace;
        this.config = config;
        workspace.labelsImportedProperty().addListener((obs, old, n) -> {
            if (scores.get() != null) {
                score(); // the metrics follow the imported labels (a new log is scored below)
            }
        });
        workspace.resultProperty().addListener((obs, old, r) -> {
            scores.set(null);
            restoredOutcome = null;
            CachedAnalysis cached = workspace.restoredAnalysis();
            if (r != null && cached != null && cached.parse() == r && cached.model() != null
                    && workspace.cache() != null) {
                restore(cached);
            } else if (r != null && model.get() != null) {
                score();
            }
        });
    }

    /**
     * Restores the cached scores and threshold of a log restored from the workspace cache, without
     * scoring, then loads the model that produced them in the background (for step losses, saving and
     * retraining). When its bundle is gone or changed, only the parse stays, with a notice.
     */
    private void restore(CachedAnalysis cached) {
        ParseResult parsed = cached.parse();
        Path folder = workspace.cache().folder();
        RestoredSteps steps = new RestoredSteps(parsed);
        RestoreTask task = new RestoreTask(cached, workspace.labelsProperty().get(), folder, steps);
        task.setOnSucceeded(e -> {
            if (workspace.resultProperty().get() != parsed) {
                return;
            }
            if (task.getValue() == null) {
                workspace.warn("Restored the parse only; not its scores: " + task.problem() + ". Train or open a model");
                return;
            }
            restoredOutcome = task.getValue();
            restoredRef = cached.model();
            scores.set(restoredOutcome);
            status.set(String.format("Restored the scores of %,d blocks from the cache; loading their model",
                    parsed.sessions().blockCount()));
            tasks.report("Restored the scores and threshold from the cache");
            loadRestored(cached.model().file(folder), steps, restoredOutcome);
        });
        task.setOnFailed(e -> workspace.warn("Could not restore the cached scores: "
                + ErrorMessages.describe(task.getException())));
        engine.submit(task);
    }

    /** Loads the bundle of restored scores without scoring again. */
    private void loadRestored(Path file, RestoredSteps steps, ScoringRun.Outcome outcome) {
        Task<AutoencoderModel> task = new Task<>() {
            {
                updateTitle("Load model");
            }

            @Override
            protected AutoencoderModel call() throws Exception {
                updateMessage("Loading the model of the restored scores");
                AutoencoderModel m = new BundleReader().read(file);
                steps.use(m);
                return m;
            }
        };
        task.setOnSucceeded(e -> {
            if (scores.get() == outcome) {
                model.set(task.getValue());
                status.set("Scores restored from the cache; model " + file.getFileName() + " loaded");
            }
        });
        task.setOnFailed(e -> {
            if (scores.get() == outcome) {
                status.set("Scores restored; their model could not be loaded ("
                        + ErrorMessages.describe(task.getException()) + "): no per-step errors until one is trained");
            }
        });
        engine.submit(task);
    }

    /** The scores restored from the cache, while they are the current ones; else null. */
    public ScoringRun.Outcome restoredOutcome() {
        return scores.get() != null && scores.get() == restoredOutcome ? restoredOutcome : null;
    }

    /** The cached model reference of the restored scores (while {@link #restoredOutcome()} is set), else null. */
    public ModelRef restoredModel() {
        return restoredOutcome() == null ? null : restoredRef;
    }

    /** Trains a model on the open log (on its normal blocks when labels are loaded), then scores it. */
    public Task<?> train() {
        ParseResult parsed = workspace.resultProperty().get();
        if (parsed == null) {
            status.set("Open a log before training");
            return null;
        }
        epochs.clear();
        Path log = workspace.logProperty().get();
        TrainTask task = new TrainTask(parsed, workspace.labelsProperty().get(), config,
                log == null ? "" : log.getFileName().toString(), epochs::add);
        task.setOnSucceeded(e -> {
            var outcome = task.getValue();
            status.set(String.format("Trained on %,d blocks; threshold %s = %.4g",
                    outcome.result().summary().trainingBlocks(), outcome.threshold().spec(), outcome.threshold().value()));
            use(outcome.model());
        });
        task.setOnFailed(e -> fail("Training failed", task.getException()));
        task.setOnCancelled(e -> status.set("Training cancelled; the previous model is kept"));
        return engine.submit(task);
    }

    /** Loads a model bundle in the background, then scores the open log. */
    public void load(Path file) {
        Task<AutoencoderModel> task = new Task<>() {
            @Override
            protected AutoencoderModel call() throws Exception {
                updateMessage("Loading model " + file.getFileName());
                return new BundleReader().read(file);
            }
        };
        task.setOnSucceeded(e -> {
            if (!task.getValue().hasCountProfile()) {
                status.set(file.getFileName() + " was trained by an older Blocklight and keeps no normal event counts: "
                        + "its scores use the network alone; train again to check counts too");
            }
            use(task.getValue());
        });
        task.setOnFailed(e -> fail("Could not load " + file.getFileName(), task.getException()));
        engine.submit(task);
    }

    /** Saves the current model bundle atomically in the background. */
    public void save(Path file) {
        AutoencoderModel m = model.get();
        if (m == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Saving model " + file.getFileName());
                new BundleWriter().write(m, file);
                return null;
            }
        };
        task.setOnSucceeded(e -> tasks.report("Saved model " + file));
        task.setOnFailed(e -> fail("Could not save " + file.getFileName(), task.getException()));
        engine.submit(task);
    }

    private void use(AutoencoderModel m) {
        model.set(m);
        score();
    }

    private void score() {
        ParseResult parsed = workspace.resultProperty().get();
        if (parsed == null || model.get() == null) {
            return;
        }
        ScoreTask task = new ScoreTask(model.get(), parsed, workspace.labelsProperty().get());
        task.setOnSucceeded(e -> {
            if (workspace.resultProperty().get() == parsed) {
                scores.set(task.getValue());
                var unmatched = task.getValue().scores().unmatchedEvents();
                tasks.report(unmatched.isEmpty() ? String.format("Scored %,d blocks", parsed.sessions().blockCount())
                        : unmatched.size() + " events of this log are unknown to the model and score as unknown");
            }
        });
        task.setOnFailed(e -> fail("Scoring failed", task.getException()));
        engine.submit(task);
    }

    private void fail(String what, Throwable t) {
        status.set(what + ": " + (t == null ? "unknown error" : ErrorMessages.describe(t)));
        workspace.reportError(what, t);
    }

    public ReadOnlyObjectProperty<AutoencoderModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The scores of the open log's blocks under the current model, or null. */
    public ReadOnlyObjectProperty<ScoringRun.Outcome> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Epoch reports of the current or last training, for the loss curve. */
    public ObservableList<EpochReport> epochs() {
        return epochsView;
    }
}
