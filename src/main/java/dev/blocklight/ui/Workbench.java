// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.workspace.WorkspaceCache;
import dev.blocklight.ui.blocks.BlocksView;
import dev.blocklight.ui.blocks.BlocksViewModel;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.ui.export.ExportViewModel;
import dev.blocklight.ui.launch.Launcher;
import dev.blocklight.ui.model.ModelView;
import dev.blocklight.ui.model.ModelViewModel;
import dev.blocklight.ui.scores.ScorePreparer;
import dev.blocklight.ui.sequence.SequenceView;
import dev.blocklight.ui.sequence.SequenceViewModel;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.threshold.ThresholdView;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import dev.blocklight.ui.tasks.TasksView;
import dev.blocklight.ui.tasks.TasksViewModel;
import dev.blocklight.ui.templates.TemplateDetailViewModel;
import dev.blocklight.ui.templates.TemplatesView;
import dev.blocklight.ui.templates.TemplatesViewModel;
import dev.blocklight.ui.workspace.RecentFiles;
import dev.blocklight.ui.workspace.WorkspaceView;
import dev.blocklight.ui.workspace.WorkspaceViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * The workbench's composition root: builds the task engine, the view models and the views through
 * their constructors and puts them on a stage. Tests build it the same way on their own stage.
 */
public final class Workbench implements AutoCloseable {
    private final TaskEngine engine = new TaskEngine();
    private final WorkspaceViewModel workspace;
    private final ModelViewModel model;
    private final ThresholdViewModel threshold;
    private final ExportViewModel export;
    private final WorkspaceView root;
    private final AnalysisSaver saver;

    /** The user's preference node: recent files, window layout, the low-bandwidth choice. */
    private static final String USER_NODE = "dev/blocklight";
    private final Preferences prefs;

    /**
     * @param dataFolder where the built-in sample and other per-user data live
     * @param prefs where the recent files, the window layout and the View menu's choices are kept
     *     ({@link #userPreferences()} for the user; tests pass a throwaway node)
     * @param modelConfig settings for models trained in the workbench
     * @param showDocument opens a folder or file in the desktop's file manager (the application's
     *     HostServices; AWT is avoided because it fails on remote desktops)
     * @param lowBandwidth low-bandwidth mode was chosen at launch: notices appear in a plain banner
     *     instead of sliding in (charts are never animated)
     */
    public Workbench(Path dataFolder, Preferences prefs, ModelConfig modelConfig, Consumer<String> showDocument,
            boolean lowBandwidth) {
        this.prefs = prefs;
        TasksViewModel tasks = new TasksViewModel(engine);
        workspace = new WorkspaceViewModel(engine, tasks, ParserConfig.hdfs(), dataFolder.resolve("sample"),
                new RecentFiles(prefs), new WorkspaceCache(dataFolder.resolve("cache")));
        TemplatesView templates = new TemplatesView(
                new TemplatesViewModel(engine, workspace.resultProperty(), workspace.draftsProperty()),
                new TemplateDetailViewModel(engine, workspace.resultProperty(), workspace.logProperty()));
        model = new ModelViewModel(engine, tasks, workspace, modelConfig);
        ScorePreparer prepared = new ScorePreparer(engine, model.scoresProperty(), workspace.resultProperty());
        threshold = new ThresholdViewModel(prepared.preparedProperty(), prepared.preparingProperty());
        BlocksViewModel blocks = new BlocksViewModel(workspace.resultProperty(), prepared.preparedProperty(),
                threshold.thresholdProperty(), threshold.diagnosisProperty(), threshold.severityFilterProperty());
        SequenceViewModel sequence = new SequenceViewModel(engine, workspace.resultProperty(), workspace.logProperty(),
                blocks.selectedProperty(), model.scoresProperty(), model.modelProperty());
        SplitPane blocksPane = new SplitPane(new BlocksView(blocks), new SequenceView(sequence));
        blocksPane.setOrientation(Orientation.VERTICAL);
        blocksPane.setDividerPositions(0.42);
        saver = new AnalysisSaver(engine, workspace, model, threshold);
        // export only the scores the threshold panel shows, so never against the previous threshold
        ReadOnlyObjectWrapper<ScoringRun.Outcome> shown = new ReadOnlyObjectWrapper<>();
        shown.bind(Bindings.createObjectBinding(() -> prepared.preparedProperty().get() == null ? null
                : prepared.preparedProperty().get().outcome(), prepared.preparedProperty()));
        export = new ExportViewModel(engine, workspace, shown.getReadOnlyProperty(), threshold.thresholdProperty());
        root = new WorkspaceView(workspace, engine, new TasksView(engine, tasks), templates, model, export,
                showDocument, List.of(
                WorkspaceView.tab("Templates", "mdi2f-format-list-bulleted", templates),
                WorkspaceView.tab("Blocks", "mdi2v-view-sequential-outline", blocksPane),
                WorkspaceView.tab("Model", "mdi2b-brain", new ModelView(model)),
                WorkspaceView.tab("Threshold", "mdi2t-tune-vertical", new ThresholdView(threshold))),
                lowBandwidth, List.of(viewMenu(prefs)));
    }

    /** The user's own preference node, which the application and the launcher use. */
    public static Preferences userPreferences() {
        return Preferences.userRoot().node(USER_NODE);
    }

    /** The View menu: the low-bandwidth preference, read by the launcher before JavaFX starts. */
    private static Menu viewMenu(Preferences prefs) {
        CheckMenuItem low = new CheckMenuItem("Low-bandwidth mode (from the next start)");
        low.setId("menu-low-bandwidth");
        low.setSelected(prefs.getBoolean(Launcher.LOW_BANDWIDTH_KEY, false));
        low.selectedProperty().addListener((obs, old, on) -> prefs.putBoolean(Launcher.LOW_BANDWIDTH_KEY, on));
        return new Menu("View", null, low);
    }

    /** Shows the window on {@code stage}. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(Theme.appStylesheet());
        if (Theme.isApplied()) {
            scene.getStylesheets().add(Theme.sceneStylesheet());
        }
        stage.setScene(scene);
        WindowLayout layout = new WindowLayout(prefs);
        layout.restore(stage);

        stage.titleProperty().bind(workspace.titleProperty());
        stage.setOnHidden(e -> {
            layout.save(stage);
            close();
        });
        stage.show();
    }

    /** Opens {@code log}, or the built-in sample when it is null. */
    public void open(Path log) {
        if (log == null) {
            workspace.openSample();
        } else {
            workspace.open(log);
        }
    }

    // The parts, for the tests of this package (WorkbenchParts opens them to the others).

    WorkspaceViewModel workspace() {
        return workspace;
    }

    ExportViewModel export() {
        return export;
    }

    ThresholdViewModel threshold() {
        return threshold;
    }

    ModelViewModel model() {
        return model;
    }

    TaskEngine tasks() {
        return engine;
    }

    /** Saves the scores and threshold now if a save is waiting, then stops every task. */
    @Override
    public void close() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            saver.flush();
        }
        engine.close();
    }
}
