// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.BuildInfo;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main actions show the same icon, shortcut and availability in the menus and on the toolbar. */
@ExtendWith(ApplicationExtension.class)
class MenuAndToolbarTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(home, prefs, ModelConfig.defaults(), uri -> { }, false);
        workbench.show(stage);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static Map<String, MenuItem> items(MenuBar bar) {
        Map<String, MenuItem> byText = new HashMap<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                byText.put(i.getText(), i);
            }
        }
        return byText;
    }

    @Test
    void menuItemsAndButtonsShareIconsShortcutsAndAvailability(FxRobot robot) throws Exception {
        Map<String, MenuItem> items = items(robot.lookup(".menu-bar").queryAs(MenuBar.class));
        Map<String, String> shortcuts = Map.of("Open log…", "Shortcut+O", "Train on this log", "Shortcut+T",
                "Export flagged blocks…", "Shortcut+E", "Cancel all tasks", "Shortcut+Period", "Find template", "Shortcut+F",
                "Quit", "Shortcut+Q");
        shortcuts.forEach((text, keys) -> {
            MenuItem item = items.get(text);
            assertNotNull(item, text);
            assertEquals(KeyCombination.keyCombination(keys), item.getAccelerator(), text);
            assertTrue(item.getGraphic() instanceof FontIcon, text + " has an icon");
        });
        assertNull(items.get("Open built-in sample").getAccelerator());
        assertTrue(items.get("Save model…").isDisable(), "no model to save yet");

        Button open = robot.lookup("#tool-open").queryButton();
        assertEquals("Open a log (Ctrl+O)", open.getTooltip().getText());
        assertEquals("Open a log (Ctrl+O)", open.getAccessibleText());
        assertTrue(open.getText() == null || open.getText().isEmpty(), "toolbar buttons show the icon alone");
        FontIcon menuIcon = (FontIcon) items.get("Open log…").getGraphic();
        FontIcon buttonIcon = (FontIcon) open.getGraphic();
        assertEquals(menuIcon.getIconCode(), buttonIcon.getIconCode());
        assertFalse(menuIcon == buttonIcon, "each place has its own icon node");

        for (String id : new String[] {"#menu-train", "#menu-labels"}) {
            assertTrue(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).anyMatch(i -> id.substring(1).equals(i.getId()) && i.isDisable()),
                    id + " is unavailable before a log is open");
        }
        assertTrue(robot.lookup("#tool-train").queryButton().isDisabled());
        assertTrue(robot.lookup("#tool-labels").queryButton().isDisabled());
        assertTrue(robot.lookup("#tool-export").queryButton().isDisabled(), "nothing to export before scores");
        assertTrue(items.get("Export flagged blocks…").isDisable());

        robot.interact(() -> items.get("Open built-in sample").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#tool-train").queryButton().isDisabled());
        assertFalse(items.get("Train on this log").isDisable(), "the menu item follows the button");
        assertFalse(robot.lookup("#tool-labels").queryButton().isDisabled());
        assertTrue(robot.lookup("#tool-export").queryButton().isDisabled(), "still no scores to export");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BuildInfo.nameAndVersion() + " — hdfs-sample.log", stage.getTitle(), "the title names the version");
    }
}
