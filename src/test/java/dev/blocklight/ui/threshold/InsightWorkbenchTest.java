// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import dev.blocklight.ui.WorkbenchParts;
import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.PrCurve;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.detect.SeverityBands;
import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.TimeSlices;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.parse.BlockIds;
import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.scores.TimeStrip;
import dev.blocklight.ui.sequence.Contribution;
import dev.blocklight.ui.Workbench;
import dev.blocklight.ui.sequence.Step;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
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
 * filter of the blocks table), training overlay and flagged-rate strip agree with the core's
 * numbers. (In this package to reach the panel's drawing parts; one model is trained for all checks.)
 */
@ExtendWith(ApplicationExtension.class)
class InsightWorkbenchTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        ModelConfig tiny = ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1);
        workbench = new Workbench(home, prefs, tiny,
                uri -> { }, false);
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
        robot.interact(() -> WorkbenchParts.model(workbench).train());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WorkbenchParts.model(workbench).scoresProperty().get() != null);
        // the threshold panel and the blocks table get the scores once their indexes are prepared in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WorkbenchParts.threshold(workbench).diagnosisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ScoringRun.Outcome outcome = WorkbenchParts.model(workbench).scoresProperty().get();
        SessionStore sessions = WorkbenchParts.workspace(workbench).resultProperty().get().sessions();

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        checkSequenceViewer(robot, blocks, outcome, sessions);
        checkSorting(robot, blocks, outcome, sessions);

        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        checkPrCurveAndOverlay(robot, outcome);
        checkTimeStrip(robot, outcome, sessions);
        checkSeverityLegend(robot, blocks, outcome);
    }

    private void checkPrCurveAndOverlay(FxRobot robot, ScoringRun.Outcome outcome) {
        byte[] labels = WorkbenchParts.workspace(workbench).labelsProperty().get();
        assertTrue(labels != null, "the built-in sample comes with labels");
        PrCurveChart chart = robot.lookup("#pr-curve").queryAs(PrCurveChart.class);
        assertTrue(chart.isVisible(), "the PR curve shows when labels are loaded");
        List<PrCurve.Point> points = chart.curve();
        assertTrue(points.size() > 10 && points.size() <= ThresholdViewModel.PR_POINTS, "points: " + points.size());
        assertEquals(1.0, points.get(points.size() - 1).recall(), 1e-12, "the last point flags every block");
        float[] scores = outcome.scores().scores();
        float max = -Float.MAX_VALUE;
        for (int b = 0; b < scores.length; b++) {
            max = labels[b] >= 0 ? Math.max(max, scores[b]) : max;
        }
        int atMax = 0;
        int anomaliesAtMax = 0;
        for (int b = 0; b < scores.length; b++) {
            if (labels[b] >= 0 && scores[b] == max) {
                atMax++;
                anomaliesAtMax += labels[b];
            }
        }
        assertEquals(max, points.get(0).score(), 1e-6);
        assertEquals((double) anomaliesAtMax / atMax, points.get(0).precision(), 1e-12, "precision at the top");

        ScoreHistogram histogram = robot.lookup("#histogram").queryAs(ScoreHistogram.class);
        SortedScores training = WorkbenchParts.threshold(workbench).trainingProperty().get();
        assertTrue(training != null && training.size() > 0, "a model trained here keeps its training scores");
        assertEquals(training.size(), Arrays.stream(histogram.trainingCounts()).sum(), "every training score is binned");
    }

    private void checkTimeStrip(FxRobot robot, ScoringRun.Outcome outcome, SessionStore sessions) {
        RateStrip strip = robot.lookup("#rate-strip").queryAs(RateStrip.class);
        long[] firstSeen = new long[sessions.blockCount()];
        for (int b = 0; b < firstSeen.length; b++) {
            firstSeen[b] = sessions.firstSeen(b);
        }
        for (double position : new double[] {300, 700}) {
            robot.interact(() -> robot.lookup("#threshold-slider").queryAs(javafx.scene.control.Slider.class)
                    .setValue(position));
            double t = WorkbenchParts.threshold(workbench).thresholdProperty().get();
            List<TimeSlices.Slice> core = TimeSlices.of(outcome.scores().scores(), firstSeen, t, TimeStrip.SLICES);
            assertEquals(core, strip.slices(), "the strip's slices at threshold " + t);
            assertTrue(core.stream().mapToInt(TimeSlices.Slice::flagged).sum() > 0, "some flagged blocks in time");
        }
    }

    private void checkSeverityLegend(FxRobot robot, TableView<Integer> blocks, ScoringRun.Outcome outcome) {
        int all = blocks.getItems().size();
        double t = WorkbenchParts.threshold(workbench).thresholdProperty().get();
        SeverityBands bands = SeverityBands.of(SortedScores.of(outcome.scores().scores()), t);
        for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING)) {
            robot.clickOn("#severity-" + s.label());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(s, WorkbenchParts.threshold(workbench).severityFilterProperty().get());
            assertEquals(bands.count(s), blocks.getItems().size(), s + " blocks in the table");
            assertTrue(bands.count(s) > 0, "the sample has " + s + " blocks");
            assertTrue(blocks.getItems().stream().allMatch(b -> bands.of(outcome.scores().score(b)) == s));
        }
        robot.clickOn("#severity-" + Severity.WARNING.label()); // picked again: all blocks
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, blocks.getItems().size());
    }

    /** Clicking a header sorts every block by that column, by value (ids as numbers, scores as floats). */
    private void checkSorting(FxRobot robot, TableView<Integer> blocks, ScoringRun.Outcome outcome, SessionStore sessions) {
        int n = sessions.blockCount();
        robot.clickOn(header(blocks, "Events"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(n, blocks.getItems().size());
        for (int k = 1; k < n; k++) {
            int a = blocks.getItems().get(k - 1);
            int b = blocks.getItems().get(k);
            assertTrue(sessions.length(a) < sessions.length(b) || sessions.length(a) == sessions.length(b) && a < b,
                    "by event count, ties in log order, at row " + k);
        }
        robot.clickOn(header(blocks, "Score")); // lowest first, as any JavaFX column
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 1; k < n; k++) {
            assertTrue(outcome.scores().score(blocks.getItems().get(k - 1)) <= outcome.scores().score(blocks.getItems().get(k)),
                    "by score, lowest first, at row " + k);
        }
        robot.clickOn(header(blocks, "Score")); // then highest first
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 1; k < n; k++) {
            assertTrue(outcome.scores().score(blocks.getItems().get(k - 1)) >= outcome.scores().score(blocks.getItems().get(k)),
                    "by score, highest first, at row " + k);
        }
        robot.clickOn(header(blocks, "Block"));
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 1; k < n; k++) {
            long a = BlockIds.parse(sessions.blockName(blocks.getItems().get(k - 1)));
            long b = BlockIds.parse(sessions.blockName(blocks.getItems().get(k)));
            assertTrue(a < b, "by block id as a number at row " + k + ": " + a + ", " + b);
        }
        robot.interact(() -> blocks.getSortOrder().clear());
        assertEquals(0, blocks.getItems().get(0), "unsorted: log order again");
        assertEquals(n - 1, blocks.getItems().get(n - 1));
    }

    private static Node header(TableView<Integer> table, String column) {
        return table.lookupAll(".column-header").stream()
                .filter(h -> h instanceof TableColumnHeader t && t.getTableColumn() != null
                        && t.getTableColumn().getText().equals(column))
                .findFirst().orElseThrow();
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
        String bestId = WorkbenchParts.workspace(workbench).resultProperty().get().events().get(best).id();
        assertEquals(bestId, first.id(), "the first listed event has the largest summed error");
        assertEquals(byEvent.get(best) / total, first.share(), 1e-4);
        assertFalse(first.template().isBlank(), "with its template text");

        Label explanation = robot.lookup("#sequence-explanation").queryAs(Label.class);
        ScoreBreakdown parts = outcome.scores().breakdown(block);
        String text = explanation.getText();
        assertTrue(explanation.isVisible() && text.startsWith(String.format(Locale.ROOT, "Score %.2f = mean step error %.2f",
                outcome.scores().score(block), parts.meanLoss())), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "worst step %.2f", parts.worstLoss())), text);
        if (parts.worstStep() >= 0) {
            String id = WorkbenchParts.workspace(workbench).resultProperty().get().events().get(ev[parts.worstStep()]).id();
            assertTrue(text.contains("(" + id + ", step " + (parts.worstStep() + 1) + ")"), text);
        }
        assertEquals(parts.rarity() > 0, text.contains("rare event"), text);
        assertEquals(parts.counts() > 0, text.contains(String.format(Locale.ROOT, "+ counts %.2f", parts.counts())), text);
        assertTrue(parts.counts() > 0, "the worst block of the sample has counts no normal block has: " + text);
        assertFalse(parts.countDiffs().isEmpty(), "a count term names its events");
        assertTrue(text.contains(parts.countDiffs().get(0).describe()), "the off counts in words: " + text);
    }
}
