// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import dev.blocklight.cli.BlocklightCommand;
import dev.blocklight.ui.BlocklightApp;
import dev.blocklight.ui.launch.LaunchArgs;
import dev.blocklight.ui.launch.Launcher;
import javafx.application.Application;

/**
 * Entry point: with no argument, or with just a log file, it opens the workbench; with a
 * subcommand it runs headless. {@code --software-render} and {@code --low-bandwidth} go to the
 * workbench (see {@link dev.blocklight.ui.launch.DisplayMode}). JavaCPP's off-heap limits get
 * defaults first ({@link NativeMemory}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NativeMemory.applyDefaults();
        Launcher.useDataFolderForNativeCache();
        LaunchArgs launch = LaunchArgs.parse(args);
        if (BlocklightCommand.wantsWorkbench(launch.restArray())) {
            Launcher.prepareDisplay(launch);
            Application.launch(BlocklightApp.class, launch.restArray());
            return;
        }
        System.exit(BlocklightCommand.run(args));
    }
}
