// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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

/** The workbench reopens an unchanged log from the workspace cache, and follows a growing log. */
@ExtendWith(ApplicationExtension.class)
class CacheAndFollowWorkbenchTest {
    @TempDir
    Path home;

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

    private static byte[] generated(long lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HdfsLogGenerator(new GeneratorConfig(lines, 21, 0.03)).generate(out, Writer.nullWriter(), null,
                ProgressListener.NONE, Cancellation.NEVER);
        return out.toByteArray();
    }

    private ParseResult result() {
        return workbench.workspace().resultProperty().get();
    }

    @Test
    void reopeningAnUnchangedLogRestoresItFromTheCacheWithANotice(FxRobot robot) throws Exception {
        Path log = Files.write(home.resolve("a.log"), generated(20_000));
        robot.interact(() -> workbench.open(log));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result() != null);
        ParseResult first = result();
        Path cacheDir = home.resolve("cache");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isDirectory(cacheDir) && Files.list(cacheDir)
                .anyMatch(p -> p.toString().endsWith(".blcache")));
        robot.interact(() -> workbench.open(log));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result() != first);
        assertNotSame(first, result());
        assertEquals(first.stats().lines(), result().stats().lines());
        assertEquals(first.events().all(), result().events().all());
        assertTrue(Arrays.equals(dev.blocklight.testing.SessionArrays.events(first.sessions()),
                dev.blocklight.testing.SessionArrays.events(result().sessions())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workbench.workspace().noticeProperty().get().contains("Restored a.log from cache"),
                workbench.workspace().noticeProperty().get());
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("Restored a.log from cache"), status);
        assertTrue(!robot.lookup("#notifications").queryAs(NotificationPane.class).isShowing(),
                "a restore does not cover the window with a notification");
    }

    @Test
    void followModeParsesWhatIsAppended(FxRobot robot) throws Exception {
        byte[] all = generated(30_000);
        int half = all.length / 2;
        while (all[half - 1] != '\n') {
            half++;
        }
        Path log = Files.write(home.resolve("grow.log"), Arrays.copyOf(all, half));
        robot.interact(() -> workbench.open(log));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result() != null);
        long before = result().stats().lines();
        robot.interact(() -> workbench.workspace().followProperty().set(true));
        Files.write(log, Arrays.copyOfRange(all, half, all.length), StandardOpenOption.APPEND);
        // the follow timer polls every 2 s
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result().stats().lines() == 30_000);
        assertTrue(before < 30_000);
        robot.interact(() -> workbench.open(log)); // opening turns follow mode off
        assertTrue(!workbench.workspace().followProperty().get());
    }
}
