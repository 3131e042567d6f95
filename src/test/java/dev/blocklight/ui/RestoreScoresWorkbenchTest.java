// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.MemoryPreferences;
import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import dev.blocklight.ui.sequence.Step;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A log scored in one workbench reopens in the next with its scores, threshold and flagged count
 * from the workspace cache, without scoring again; its model loads in the background. Without the
 * model's bundle, only the parse comes back, with a notice.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreScoresWorkbenchTest {
    private static final ModelConfig TINY = ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1);
    @TempDir
    Path home;
    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench first;
    private Workbench next;
    private final List<String> nextTasks = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        first = workbench();
        first.show(stage);
    }

    private Workbench workbench() {
        return new Workbench(home, prefs, TINY, uri -> { }, false);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            first.close();
            if (next != null) {
                next.close();
            }
        });
    }

    private Workbench open(FxRobot robot, Path log) {
        return open(robot, log, w -> { });
    }

    /** Opens {@code log} in a new workbench, after {@code before} has seen that workbench. */
    private Workbench open(FxRobot robot, Path log, java.util.function.Consumer<Workbench> before) {
        Workbench[] w = new Workbench[1];
        robot.interact(() -> {
            w[0] = workbench();
            w[0].tasks().activeTasks().addListener((ListChangeListener<Task<?>>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(t -> nextTasks.add(t.getTitle()));
                }
            });
            w[0].show(new Stage());
            before.accept(w[0]);
            w[0].open(log);
        });
        return w[0];
    }

    @Test
    void scoresThresholdAndFlaggedCountComeBackWithoutScoring(FxRobot robot) throws Exception {
        java.io.StringWriter labelCsv = new java.io.StringWriter();
        Path log = Files.write(home.resolve("r.log"), generated(20_000, labelCsv));
        Path labelFile = Files.writeString(home.resolve("r_anomaly_label.csv"), labelCsv.toString());
        robot.interact(() -> first.open(log));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> first.workspace().resultProperty().get() != null);
        byte[] labels = first.workspace().labelsProperty().get();
        assertTrue(labels != null && labels.length > 0, "the generator's labels are read beside the log");
        robot.interact(() -> first.model().train());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> first.model().scoresProperty().get() != null);
        // the panel prepares its indexes in the background; move the threshold once they are in
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first.threshold().diagnosisProperty().get() != null);
        ScoringRun.Outcome scored = first.model().scoresProperty().get();
        float[] expected = scored.scores().scores();
        double chosen = scored.index().scores().quantile(0.9);
        long flagged = countAbove(expected, chosen);
        robot.interact(() -> first.threshold().thresholdProperty().set(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(flagged, first.threshold().diagnosisProperty().get().flagged());
        robot.interact(() -> first.close()); // saves the moved threshold at once

        int someBlock = expected.length / 3;
        boolean[] selectedBeforeTheModel = new boolean[1];
        next = open(robot, log, w -> w.model().scoresProperty().addListener((obs, old, s) -> {
            if (s != null && !selectedBeforeTheModel[0]) {
                // as a user who picks a block as soon as the restored scores show
                selectedBeforeTheModel[0] = w.model().modelProperty().get() == null;
                TableView<Integer> table = robot.lookup("#blocks").queryTableView();
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(someBlock));
            }
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> next.model().scoresProperty().get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> next.threshold().diagnosisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ScoringRun.Outcome restored = next.model().scoresProperty().get();
        assertEquals(expected.length, restored.scores().blockCount());
        assertArrayEquals(expected, restored.scores().scores());
        for (int b : new int[] {0, expected.length / 2, expected.length - 1}) {
            assertEquals(scored.scores().score(b), restored.scores().score(b), "block " + b);
        }
        assertEquals(chosen, next.threshold().thresholdProperty().get());
        assertEquals(flagged, next.threshold().diagnosisProperty().get().flagged());
        assertEquals(scored.index().training().size(), restored.index().training().size(),
                "the training scores for the presets come back too");
        assertArrayEquals(labels, next.workspace().labelsProperty().get(), "the labels come back too");
        assertTrue(next.threshold().prCurveProperty().get() != null, "with labels, the PR curve is back");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> next.model().modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(selectedBeforeTheModel[0], "the block was selected while the model was still loading");
        FlowPane chips = robot.lookup("#sequence-chips").queryAs(FlowPane.class);
        assertFalse(chips.getChildren().isEmpty());
        for (var chip : chips.getChildren()) {
            assertFalse(Float.isNaN(((Step) chip.getUserData()).error()), "the shown block got its step errors");
        }
        String explanation = robot.lookup("#sequence-explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("= mean step error"), "and its score breakdown: " + explanation);
        float[] steps = restored.scores().stepLosses(someBlock);
        float[] original = scored.scores().stepLosses(someBlock);
        assertEquals(original.length, steps.length, "step losses from the lazily loaded model");
        for (int k = 0; k < steps.length; k++) {
            assertEquals(original[k], steps[k], 1e-3, "step " + k);
        }
        Path cacheFile = next.workspace().cache().fileFor(log, dev.blocklight.ui.workspace.WorkspaceViewModel.cacheKey());
        Object written = Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Thread.sleep((long) AnalysisSaver.DEBOUNCE.toMillis() + 500);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(nextTasks.contains("Score blocks"), "no scoring on reopen: " + nextTasks);
        assertEquals(written, Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "a reopen alone does not rewrite the cache file");
        assertTrue(nextTasks.contains("Restore scores"), nextTasks.toString());
        assertTrue(restored == next.model().scoresProperty().get(), "loading the model did not replace the scores");

        // moving the threshold of restored scores writes a small note, not the whole cache file again
        double moved = restored.index().scores().quantile(0.8);
        Path note = cacheFile.resolveSibling(cacheFile.getFileName() + ".threshold");
        robot.interact(() -> next.threshold().thresholdProperty().set(moved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(note));
        assertEquals(written, Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the cache file was not rewritten for a threshold move");
        robot.interact(() -> next.close());
        next = open(robot, log);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> next.threshold().diagnosisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, next.threshold().thresholdProperty().get(), "the moved threshold comes back");
        assertEquals(countAbove(expected, moved), next.threshold().diagnosisProperty().get().flagged());

        // the bundle is gone: the parse comes back, the scores do not, and a notice says why
        robot.interact(() -> next.close());
        try (var bundles = Files.list(home.resolve("cache").resolve(WorkspaceCache.MODELS))) {
            for (Path p : bundles.toList()) {
                Files.delete(p);
            }
        }
        String relabelled = labelCsv.toString().replace(",Anomaly", ",Normal");
        Files.writeString(labelFile, relabelled); // changed: read again, not taken from the cache
        nextTasks.clear();
        next = open(robot, log);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> next.workspace().noticeProperty().get().contains("not its scores"));
        assertTrue(next.workspace().noticeProperty().get().contains("is gone"), next.workspace().noticeProperty().get());
        assertEquals(expected.length, next.workspace().resultProperty().get().sessions().blockCount());
        assertNull(next.model().scoresProperty().get());
        byte[] now = next.workspace().labelsProperty().get();
        for (byte b : now) {
            assertTrue(b != 1, "the changed label file was read again: no anomaly is left");
        }
        assertFalse(nextTasks.contains("Score blocks"), nextTasks.toString());
    }

    private static long countAbove(float[] scores, double t) {
        long n = 0;
        for (float s : scores) {
            if (s > t) {
                n++;
            }
        }
        return n;
    }

    private static byte[] generated(long lines, Writer labels) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HdfsLogGenerator(new GeneratorConfig(lines, 21, 0.03)).generate(out, labels, null,
                ProgressListener.NONE, Cancellation.NEVER);
        return out.toByteArray();
    }
}
