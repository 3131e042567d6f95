// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.ui.export.ExportViewModel;
import dev.blocklight.ui.model.ModelViewModel;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.tasks.TasksView;
import dev.blocklight.ui.templates.TemplatesView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: the menu, a toolbar of the main actions, the feature tabs, the error
 * notification and the tasks panel. Files can also be dropped onto it.
 */
public final class WorkspaceView extends BorderPane {
    private final WorkspaceViewModel model;
    private final Notices notifications;
    private final ModelViewModel models;
    private final ExportViewModel export;

    /**
     * @param templates the template browser, for Edit → Find
     * @param models the model state, for the Model menu
     * @param tabs the feature tabs, in order
     * @param lowBandwidth show notices in a plain banner instead of the sliding notification bar
     * @param menus more menus after the Model menu (View)
     */
    public WorkspaceView(WorkspaceViewModel model, TaskEngine engine, TasksView tasks, TemplatesView templates,
            ModelViewModel models, ExportViewModel export, Consumer<String> showDocument, List<Tab> tabs,
            boolean lowBandwidth, List<Menu> menus) {
        this.model = model;
        this.models = models;
        this.export = export;
        TabPane tabPane = new TabPane(tabs.toArray(new Tab[0]));
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        notifications = lowBandwidth ? Notices.plain(tabPane) : Notices.animated(tabPane);
        model.errorProperty().addListener((obs, old, text) -> showError(text));
        model.noticeProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty() && model.noticeIsWarning() && model.errorProperty().get().isEmpty()) {
                notifications.show(text, new FontIcon("mdi2a-alert-circle-outline"), List.of());
            }
        });
        notifications.setOnHidden(model::dismissError);
        export.exportedProperty().addListener((obs, old, file) -> {
            if (file != null) {
                notifications.show("Exported the flagged blocks to " + file, new FontIcon("mdi2c-check-circle-outline"),
                        List.of(new Action("Show in folder",
                                e -> showDocument.accept(file.toAbsolutePath().getParent().toUri().toString()))));
            }
        });

        Commands c = new Commands(engine);
        setTop(new VBox(menu(c, templates, menus), toolBar(c)));
        setCenter(notifications.node());
        setBottom(tasks);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                model.open(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void showError(String text) {
        if (text.isEmpty()) {
            notifications.hide();
        } else {
            notifications.show(text, new FontIcon("mdi2a-alert-circle-outline"), List.of());
        }
    }

    /**
     * The actions that are both in the menus and on the toolbar (ControlsFX actions: the same text,
     * icon, shortcut, handler and availability in both places; the long text is the button's tooltip).
     */
    private final class Commands {
        final Action open = action("Open log…", "mdi2f-folder-open-outline", "Shortcut+O", WorkspaceView.this::chooseLog,
                null, "Open a log (Ctrl+O)");
        final Action sample = action("Open built-in sample", "mdi2f-file-document-outline", null, model::openSample,
                null, "Open the built-in sample");
        final Action labels = action("Import labels…", "mdi2t-tag-multiple-outline", null,
                WorkspaceView.this::chooseLabels, model.resultProperty().isNull(), "Import labels");
        final Action train = action("Train on this log", "mdi2s-school-outline", "Shortcut+T", models::train,
                model.resultProperty().isNull(), "Train a model on this log (Ctrl+T)");
        final Action export = action("Export flagged blocks…", "mdi2f-file-export-outline", "Shortcut+E",
                WorkspaceView.this::chooseExport, WorkspaceView.this.export.unavailable(), "Export flagged blocks (Ctrl+E)");
        final Action cancel;

        Commands(TaskEngine engine) {
            cancel = action("Cancel all tasks", "mdi2c-cancel", "Shortcut+Period", engine::cancelAll, null,
                    "Cancel all tasks (Ctrl+.)");
        }
    }

    private MenuBar menu(Commands c, TemplatesView templates, List<Menu> menus) {
        MenuItem open = menuItem(c.open, "menu-open");
        MenuItem sample = menuItem(c.sample, "menu-sample");
        MenuItem find = ActionUtils.createMenuItem(action("Find template", "mdi2m-magnify", "Shortcut+F",
                templates::focusSearch, null, null));
        MenuItem exportItem = menuItem(c.export, "menu-export");
        MenuItem cancel = menuItem(c.cancel, "menu-cancel");
        MenuItem quit = ActionUtils.createMenuItem(action("Quit", "mdi2e-exit-to-app", "Shortcut+Q",
                () -> getScene().getWindow().hide(), null, null));
        MenuItem labelsItem = menuItem(c.labels, "menu-labels");
        Menu recentMenu = new Menu("Open recent");
        recentMenu.setId("menu-recent");
        Runnable fillRecent = () -> {
            recentMenu.getItems().clear();
            for (Path p : model.recent().files()) {
                MenuItem m = new MenuItem(p.toString());
                m.setOnAction(e -> model.open(p));
                recentMenu.getItems().add(m);
            }
            recentMenu.setDisable(recentMenu.getItems().isEmpty());
        };
        model.recent().files().addListener((javafx.collections.ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();
        CheckMenuItem followItem = new CheckMenuItem("Follow file");
        followItem.setId("menu-follow");
        followItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        followItem.selectedProperty().bindBidirectional(model.followProperty());
        followItem.disableProperty().bind(model.logProperty().isNull());
        Menu file = new Menu("File", null, open, recentMenu, sample, followItem, labelsItem, exportItem, cancel, quit);
        Menu edit = new Menu("Edit", null, find);
        MenuItem train = menuItem(c.train, "menu-train");
        MenuItem load = ActionUtils.createMenuItem(action("Open model…", "mdi2f-folder-open-outline", null,
                () -> chooseModel(false), null, null));
        MenuItem save = ActionUtils.createMenuItem(action("Save model…", "mdi2c-content-save-outline", null,
                () -> chooseModel(true), models.modelProperty().isNull(), null));
        Menu modelMenu = new Menu("Model", null, train, load, save);
        MenuBar bar = new MenuBar(file, edit, modelMenu);
        bar.getMenus().addAll(menus);
        return bar;
    }

    private ToolBar toolBar(Commands c) {
        return new ToolBar(button(c.open, "tool-open"), button(c.sample, "tool-sample"), button(c.labels, "tool-labels"),
                new Separator(), button(c.train, "tool-train"), button(c.export, "tool-export"), new Separator(),
                button(c.cancel, "tool-cancel"));
    }

    /**
     * An action with an Ikonli icon, a shortcut such as {@code Shortcut+O} (or null), unavailable while
     * {@code disabled} holds (null: always available), and {@code tip} as its buttons' tooltip (or null).
     */
    private static Action action(String text, String icon, String accelerator, Runnable run,
            ObservableBooleanValue disabled, String tip) {
        Action a = new Action(text, e -> run.run());
        a.setGraphic(new ActionIcon(icon));
        if (accelerator != null) {
            a.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (disabled != null) {
            a.disabledProperty().bind(disabled);
        }
        a.setLongText(tip);
        return a;
    }

    private static MenuItem menuItem(Action a, String id) {
        MenuItem m = ActionUtils.createMenuItem(a);
        m.setId(id);
        return m;
    }

    /** The toolbar button: the icon alone, with the action's long text as tooltip and accessible text. */
    private static Button button(Action a, String id) {
        Button b = ActionUtils.createButton(a, ActionUtils.ActionTextBehavior.HIDE);
        b.setId(id);
        b.setAccessibleText(a.getLongText());
        return b;
    }

    private void chooseLog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an HDFS log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Logs", "*.log", "*.log.gz", "*.gz", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = model.logProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            model.open(f.toPath());
        }
    }

    private void chooseLabels() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import block labels (Loghub anomaly_label.csv)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            model.importLabels(f.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the flagged blocks");
        chooser.setInitialFileName("flagged.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            export.export(f.toPath());
        }
    }

    private void chooseModel(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Save the model" : "Open a model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Blocklight models", "*.zip"));
        File f = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        if (f != null && save) {
            models.save(f.toPath());
        } else if (f != null) {
            models.load(f.toPath());
        }
    }

    /** A feature tab with an Ikonli icon. */
    public static Tab tab(String title, String icon, Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(new FontIcon(icon));
        return t;
    }
}
