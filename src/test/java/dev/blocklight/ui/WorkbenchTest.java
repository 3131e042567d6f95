// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.ParameterExtractor;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import dev.blocklight.ui.templates.TemplateRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real workbench window headless: open the built-in sample, browse and filter templates. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(home, prefs, ModelConfig.defaults(), uri -> { }, false);
        workbench.show(stage);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void opensTheBuiltInSampleAndListsTheSameTemplatesAsTheCore(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<TemplateRow> table = robot.lookup("#templates").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> parsed(table));

        Path sample = home.resolve("sample").resolve("hdfs-sample.log");
        assertTrue(Files.isRegularFile(sample), "the sample was generated into the data folder");
        ParseResult direct = new LogParser(ParserConfig.hdfs()).parse(LogSource.of(sample),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(direct.events().templates().size(), table.getItems().size());
        long shown = table.getItems().stream().mapToLong(TemplateRow::occurrences).sum();
        assertEquals(direct.stats().lines() - direct.stats().blankLines() - direct.stats().unparsedLines(), shown);
        assertEquals(table.getItems().size() + " templates",
                robot.lookup("#template-count").queryAs(Label.class).getText());
    }

    @Test
    void filterWithAnExcludeWordHidesMatchingTemplates(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<TemplateRow> table = robot.lookup("#templates").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> parsed(table));
        int all = table.getItems().size();
        long withBlock = table.getItems().stream().filter(r -> r.template().toLowerCase().contains("packetresponder")).count();
        assertTrue(withBlock > 0 && withBlock < all, "the sample has PacketResponder templates and others");

        robot.clickOn("#template-search").write("-packetresponder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all - withBlock, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(r -> r.template().toLowerCase().contains("packetresponder")));
        assertEquals((all - withBlock) + " of " + all + " templates",
                robot.lookup("#template-count").queryAs(Label.class).getText());
    }

    @Test
    void selectingABlockShowsItsEventsAndItsRawLines(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<Integer> blocks = robot.lookup("#blocks").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !blocks.getItems().isEmpty());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> blocks.getSelectionModel().select(3));
        int block = blocks.getSelectionModel().getSelectedItem();
        ListView<String> lines = robot.lookup("#sequence-lines").queryListView();
        FlowPane chips = robot.lookup("#sequence-chips").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lines.getItems().isEmpty());

        var sessions = workbench.workspace().resultProperty().get().sessions();
        String name = sessions.blockName(block);
        assertEquals(sessions.length(block), lines.getItems().size());
        assertEquals(sessions.length(block), chips.getChildren().size());
        assertTrue(lines.getItems().stream().allMatch(l -> l.contains(name + " ") || l.endsWith(name)
                || l.contains(name + ",") || l.contains(name + ".")), "every raw line names " + name + ": " + lines.getItems());

        // an event id in the block search lists the blocks containing that template
        var result = workbench.workspace().resultProperty().get();
        int[] containing = dev.blocklight.core.session.EventStats.blocksContaining(sessions, result.events().size());
        for (String id : new String[] {"E8", "e6"}) {
            int event = result.events().indexOf(id.toUpperCase(java.util.Locale.ROOT));
            robot.interact(() -> robot.lookup("#block-search").queryAs(javafx.scene.control.TextField.class).setText(id));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(containing[event] > 0 && containing[event] < sessions.blockCount(), id + " is in some blocks");
            assertEquals(containing[event], blocks.getItems().size(), "blocks containing " + id);
            assertTrue(blocks.getItems().stream().allMatch(b -> java.util.Arrays.stream(sessions.events(b))
                    .anyMatch(e -> e == event)), "each listed block contains " + id);
        }
    }

    @Test
    void selectingATemplateShowsExampleLinesThatFitItAndItsParameterValues(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<TemplateRow> table = robot.lookup("#templates").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                // read on the FX thread: the table fills while the parse runs
                () -> WaitForAsyncUtils.asyncFx(() -> !table.getItems().isEmpty()
                        && table.getItems().get(0).blocks() >= 0).get());
        TemplateRow received = table.getItems().stream().filter(r -> r.template().startsWith("Receiving block"))
                .findFirst().orElseThrow();
        var sessions = workbench.workspace().resultProperty().get().sessions();
        int index = workbench.workspace().resultProperty().get().events().indexOf(received.id());
        int containing = 0;
        for (int b = 0; b < sessions.blockCount(); b++) {
            for (int e : sessions.events(b)) {
                if (e == index) {
                    containing++;
                    break;
                }
            }
        }
        assertEquals(containing, received.blocks());

        robot.interact(() -> table.getSelectionModel().select(received));
        ListView<String> examples = robot.lookup("#template-examples").queryListView();
        TableView<?> params = robot.lookup("#template-parameters").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !examples.getItems().isEmpty());
        ParameterExtractor fit = new ParameterExtractor(received.template());
        LogFormat format = LogFormat.compile(LogFormat.HDFS);
        assertTrue(examples.getItems().size() > 10);
        assertTrue(examples.getItems().stream().allMatch(l -> fit.fits(format.content(l))), "examples fit the template");
        assertTrue(params.getItems().size() >= 3, "block, source and destination values are tallied");
    }

    @Test
    void templatesFillLiveAndCancellingARunningParseKeepsThePreviousAnalysis(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        TableView<TemplateRow> table = robot.lookup("#templates").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> parsed(table));
        var before = workbench.workspace().resultProperty().get();
        Path big = home.resolve("big.log");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
            new HdfsLogGenerator(new GeneratorConfig(3_000_000, 3, 0.03)).generate(out,
                    java.io.Writer.nullWriter(), null, ProgressListener.NONE, Cancellation.NEVER);
        }
        robot.interact(() -> workbench.open(big));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !workbench.tasks().activeTasks().isEmpty() && workbench.tasks().activeTasks().get(0).isRunning())
                .get());
        Label count = robot.lookup("#template-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().endsWith("so far"));
        assertTrue(workbench.workspace().resultProperty().get() == before, "still parsing");
        assertTrue(table.getItems().stream().allMatch(r -> r.id().equals("…")), "the table shows the templates so far");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PERIOD); // File → Cancel all tasks
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> workbench.tasks().activeTasks().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(before == workbench.workspace().resultProperty().get(), "the previous analysis stays");
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("cancelled"), status);
        assertEquals(before.events().templates().size(), table.getItems().size());
        assertEquals(table.getItems().size() + " templates", count.getText(), "the previous analysis's templates are back");
        robot.interact(() -> workbench.open(null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.workspace().resultProperty().get() != before);
        assertEquals(before.stats().lines(), workbench.workspace().resultProperty().get().stats().lines(),
                "a new job runs normally after the cancel");
    }

    @Test
    void importedLabelsReplaceTheOnesFoundBesideTheLogAndReportWhatWasSkipped(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.workspace().resultProperty().get() != null);
        byte[] beside = workbench.workspace().labelsProperty().get();
        assertTrue(beside != null, "the sample's labels load with it");
        var sessions = workbench.workspace().resultProperty().get().sessions();
        Path file = home.resolve("my_labels.csv");
        Files.writeString(file, "BlockId,Label\n" + sessions.blockName(0) + ",Anomaly\n" + sessions.blockName(1)
                + ",Normal\nnot a row\n");
        robot.interact(() -> workbench.workspace().importLabels(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.workspace().labelsProperty().get() != beside);
        byte[] labels = workbench.workspace().labelsProperty().get();
        assertEquals(1, labels[0]);
        assertEquals(0, labels[1]);
        assertEquals(-1, labels[2], "blocks the file does not name stay unlabelled");
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("my_labels.csv") && status.contains("malformed"), status);
    }

    @Test
    void aMissingFileShowsOneClearErrorAndKeepsTheWindowUsable(FxRobot robot) throws Exception {
        Path missing = home.resolve("no-such.log");
        robot.interact(() -> workbench.open(missing));
        NotificationPane pane = robot.lookup("#notifications").queryAs(NotificationPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pane::isShowing);
        assertTrue(pane.getText().contains("no-such.log"), pane.getText());
        assertTrue(pane.getText().toLowerCase().contains("not found") || pane.getText().toLowerCase().contains("no such"),
                pane.getText());
        assertEquals(0, workbench.tasks().activeTasks().size());
    }

    @Test
    void aLogTooLargeForTheHeapIsRefusedWithTheXmxItNeedsAndTheOpenAnalysisStays(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.open(null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.workspace().resultProperty().get() != null);
        var before = workbench.workspace().resultProperty().get();
        Path log = home.resolve("too-big.log");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(log))) {
            new HdfsLogGenerator(new GeneratorConfig(300_000, 5, 0.03)).generate(out,
                    java.io.Writer.nullWriter(), null, ProgressListener.NONE, Cancellation.NEVER);
        }
        robot.interact(() -> workbench.workspace().limitParseHeap(24L << 20));
        robot.interact(() -> workbench.open(log));
        NotificationPane pane = robot.lookup("#notifications").queryAs(NotificationPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, pane::isShowing);
        String text = pane.getText();
        assertTrue(text.startsWith("Could not open too-big.log: too-big.log ("), text);
        assertTrue(text.contains("needs about") && text.contains("run java -Xmx256m -jar blocklight.jar"), text);
        assertTrue(before == workbench.workspace().resultProperty().get(), "the open analysis stays");
        robot.interact(() -> workbench.workspace().limitParseHeap(0));
        robot.interact(() -> workbench.open(log));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.workspace().resultProperty().get() != before);
        assertEquals(300_000, workbench.workspace().resultProperty().get().stats().lines(), "with the heap it has, it opens");
    }

    /** The parse has finished and its templates are listed (not just the templates mined so far). */
    private boolean parsed(TableView<TemplateRow> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> workbench.workspace().resultProperty().get() != null
                && workbench.workspace().draftsProperty().get() == null && !table.getItems().isEmpty()).get();
    }
}
