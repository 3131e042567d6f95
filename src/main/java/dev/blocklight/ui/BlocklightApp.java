// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.ui.launch.HeldErr;
import dev.blocklight.ui.launch.Launcher;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the workbench on the log named on the command line, or on the
 * built-in generated sample.
 */
public final class BlocklightApp extends Application {
    /** The toolkit is up: lets through what was printed on standard error while it started. */
    @Override
    public void init() {
        if (System.err instanceof HeldErr held) {
            held.release();
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.apply();
        Workbench workbench = new Workbench(DataFolder.resolve(), Workbench.userPreferences(),
                ModelConfig.defaults(), getHostServices()::showDocument, Boolean.getBoolean(Launcher.LOW_BANDWIDTH_PROPERTY));
        workbench.show(stage);
        LoggerFactory.getLogger(BlocklightApp.class).info("Window shown {} ms after the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime());
        List<String> args = getParameters().getRaw();
        workbench.open(args.isEmpty() ? null : Path.of(args.get(0)));
    }
}
