// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.MemoryPreferences;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.ui.launch.Launcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench in low-bandwidth mode: View → Low-bandwidth mode stores the preference the
 * launcher reads at the next start; no chart is animated; an error appears at once in a plain
 * banner instead of the sliding ControlsFX notification bar.
 */
@ExtendWith(ApplicationExtension.class)
class LowBandwidthWorkbenchTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        prefs.clear();
        workbench = new Workbench(home, prefs, ModelConfig.defaults(), uri -> { }, true);
        workbench.show(stage);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theViewMenuItemTogglesThePreference(FxRobot robot) {
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-low-bandwidth".equals(i.getId()))
                .findFirst().orElseThrow();
        assertFalse(item.isSelected());
        robot.clickOn("View").clickOn("Low-bandwidth mode (from the next start)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isSelected());
        assertTrue(prefs.getBoolean(Launcher.LOW_BANDWIDTH_KEY, false), "the launcher's preference is set");
        robot.clickOn("View").clickOn("Low-bandwidth mode (from the next start)");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(prefs.getBoolean(Launcher.LOW_BANDWIDTH_KEY, true), "and cleared again");
    }

    @Test
    void chartsAreNotAnimatedAndNoticesDoNotSlide(FxRobot robot) throws Exception {
        List<Chart> charts = new ArrayList<>();
        for (var tab : robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs()) {
            for (Node n : tab.getContent().lookupAll(".chart")) {
                charts.add((Chart) n);
            }
        }
        assertFalse(charts.isEmpty(), "the workbench has charts");
        for (Chart c : charts) {
            assertFalse(c.getAnimated(), c.getId() + " is animated");
        }

        Node holder = robot.lookup("#notifications").query();
        assertFalse(holder instanceof NotificationPane, "no sliding notification bar in low-bandwidth mode");
        robot.interact(() -> workbench.open(home.resolve("no-such.log")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#notice-banner").tryQuery().isPresent());
        HBox banner = robot.lookup("#notice-banner").queryAs(HBox.class);
        Label text = (Label) banner.getChildren().get(0);
        assertTrue(text.getText().contains("no-such.log"), text.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(banner.isVisible() && banner.getHeight() > 0, "banner height " + banner.getHeight());
        robot.clickOn("#notice-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#notice-banner").tryQuery().isEmpty(), "the banner closes");
        assertNotNull(workbench.workspace());
    }
}
