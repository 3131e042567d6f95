// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import dev.blocklight.core.session.LabelReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import dev.blocklight.core.model.ModelConfig;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Trains a tiny model from the Model tab; the blocks table then shows scores and filters the flagged blocks. */
@ExtendWith(ApplicationExtension.class)
class ModelWorkbenchTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;
    private final java.util.List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        ModelConfig tiny = ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1);
        workbench = new Workbench(home, prefs, tiny,
                shown::add, false);
        workbench.show(stage);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void trainingScoresEveryBlockAndFlaggedOnlyShowsTheBlocksAboveTheThreshold(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<Integer> blocks = robot.lookup("#blocks").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !blocks.getItems().isEmpty());
        int all = blocks.getItems().size();

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2)); // "Model" also names a menu
        robot.clickOn("#train");
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> workbench.model().scoresProperty().get() != null);
        // the threshold panel and the blocks table get the scores once their indexes are prepared in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.threshold().diagnosisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, chart.getData().get(0).getData().size(), "one point per epoch on the loss curve");
        assertTrue(robot.lookup("#model-status").queryAs(Label.class).getText().startsWith("Trained on"));

        var outcome = workbench.model().scoresProperty().get();
        double t = outcome.threshold().value();
        long above = 0;
        for (float s : outcome.scores().scores()) {
            above += s > t ? 1 : 0;
        }
        assertTrue(above > 0 && above < all, "the default threshold flags some blocks, not all: " + above);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#flagged-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#flagged-only").queryAs(CheckBox.class).isSelected());
        assertEquals(above, blocks.getItems().size());
        assertTrue(blocks.getItems().stream().allMatch(b -> outcome.scores().score(b) > t));

        robot.interact(() -> tabs.getSelectionModel().select(3));
        Slider slider = robot.lookup("#threshold-slider").queryAs(Slider.class);
        Label counts = robot.lookup("#threshold-counts").queryAs(Label.class);
        for (double position : new double[] {200, 500, 800}) {
            robot.interact(() -> slider.setValue(position));
            double moved = workbench.threshold().thresholdProperty().get();
            long expected = 0;
            for (float s : outcome.scores().scores()) {
                expected += s > moved ? 1 : 0;
            }
            assertTrue(counts.getText().contains(String.format(": %,d of %,d blocks flagged", expected, all)),
                    "slider at " + position + ", threshold " + moved + ": " + counts.getText());
            assertEquals(expected, blocks.getItems().size(), "the flagged-only blocks follow the slider");
        }

        Path out = home.resolve("flagged-from-ui.csv");
        robot.interact(() -> workbench.export().export(out));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.export().exportedProperty().get() != null);
        java.util.List<String> rows = java.nio.file.Files.readAllLines(out);
        assertTrue(rows.get(0).startsWith("BlockId,Score,Threshold,Severity,Rank"), rows.get(0));
        assertEquals(blocks.getItems().size(), rows.size() - 1, "the export holds exactly the flagged blocks");
        var pane = robot.lookup("#notifications").queryAs(org.controlsfx.control.NotificationPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, pane::isShowing);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // let the bar finish sliding in
        robot.clickOn("Show in folder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(home.toAbsolutePath().toUri().toString()), shown);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        CheckBox only = robot.lookup("#flagged-only").queryAs(CheckBox.class);
        robot.interact(() -> only.setSelected(false)); // all blocks again (the export notice covers the box)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, blocks.getItems().size());
        robot.interact(() -> {
            blocks.getSelectionModel().clearAndSelect(0);
            blocks.requestFocus();
        });
        double now = workbench.threshold().thresholdProperty().get();
        for (int k = 0; k < 3; k++) {
            int before = blocks.getSelectionModel().getSelectedIndex();
            robot.push(javafx.scene.input.KeyCode.F3);
            WaitForAsyncUtils.waitForFxEvents();
            int row = blocks.getSelectionModel().getSelectedIndex();
            assertTrue(row != before && outcome.scores().score(blocks.getItems().get(row)) > now,
                    "F3 moves to the next flagged block");
            for (int r = before + 1; r < row; r++) {
                assertTrue(outcome.scores().score(blocks.getItems().get(r)) <= now, "no flagged block skipped");
            }
        }
    }

    @Test
    void openingAnotherLogWithItsLabelsScoresOnlyThatLog(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.workspace().resultProperty().get() != null);
        Task<?>[] train = new Task<?>[1];
        robot.interact(() -> train[0] = workbench.model().train());
        // trained, and the sample scored by the new model: nothing left running
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> train[0].isDone()
                && workbench.tasks().activeTasks().isEmpty() && workbench.model().scoresProperty().get() != null).get());

        Path other = home.resolve("other.log");
        StringWriter labelCsv = new StringWriter();
        try (var out = Files.newOutputStream(other)) {
            new HdfsLogGenerator(new GeneratorConfig(3_000, 9)).generate(out, labelCsv, null, ProgressListener.NONE,
                    Cancellation.NEVER);
        }
        Files.writeString(LabelReader.besideLog(other), labelCsv.toString());
        List<String> titles = new CopyOnWriteArrayList<>();
        robot.interact(() -> workbench.tasks().activeTasks().addListener((ListChangeListener<Task<?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> titles.add(t.getTitle()));
            }
        }));
        robot.interact(() -> workbench.open(other));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var r = workbench.workspace().resultProperty().get();
            var s = workbench.model().scoresProperty().get();
            return r != null && r.sessions().blockCount() < 1_000 && s != null
                    && s.scores().blockCount() == r.sessions().blockCount();
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, titles.stream().filter("Score blocks"::equals).count(),
                "only the new log is scored, with its own labels: " + titles);
        assertTrue(workbench.model().scoresProperty().get().index().labelled().isPresent(), "with the new labels");
        assertEquals("", workbench.workspace().errorProperty().get(), "no error");
    }
}
