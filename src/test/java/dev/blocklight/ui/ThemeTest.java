// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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

/** The AtlantaFX theme loads, the toolbar's buttons carry Ikonli icons, and its Open sample works. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    @TempDir
    static Path home;

    private final Preferences prefs = MemoryPreferences.throwaway();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        workbench = new Workbench(home, prefs, ModelConfig.defaults(), uri -> { }, false);
        workbench.show(stage);
    }

    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        workbench.close();
        robot.interact(() -> {
            stage.getScene().getStylesheets().clear();
            Application.setUserAgentStylesheet(null); // other tests run with the default look
        });
    }

    @Test
    void themedWindowWithIconToolbar(FxRobot robot) throws Exception {
        assertEquals(Theme.stylesheet(), Application.getUserAgentStylesheet());
        assertTrue(Theme.isApplied());
        assertTrue(stage.getScene().getStylesheets().contains(Theme.sceneStylesheet()), "ControlsFX colours mapped");
        for (String id : new String[] {"#tool-open", "#tool-sample", "#tool-train", "#tool-export", "#tool-cancel"}) {
            Button b = robot.lookup(id).queryButton();
            assertTrue(b.getGraphic() instanceof FontIcon icon && icon.getIconCode() != null, id + " has an icon");
        }
        assertTrue(robot.lookup("#tool-train").queryButton().isDisabled(), "nothing to train on before a log is open");
        robot.clickOn("#tool-sample");
        TableView<Integer> blocks = robot.lookup("#blocks").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !blocks.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#tool-train").queryButton().isDisabled(), "a log is open: training is possible");
    }
}
