// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import dev.blocklight.cli.BlocklightCommand;
import dev.blocklight.ui.BlocklightApp;
import javafx.application.Application;

/**
 * Entry point: with no argument, or with just a log file, it opens the workbench; with a
 * subcommand it runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (BlocklightCommand.wantsWorkbench(args)) {
            Application.launch(BlocklightApp.class, args);
            return;
        }
        System.exit(BlocklightCommand.run(args));
    }
}
