// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import dev.blocklight.cli.BlocklightCommand;
import dev.blocklight.ui.BlocklightApp;
import dev.blocklight.ui.Workbench;
import dev.blocklight.ui.launch.Launcher;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Entry point: with no argument, or with just a log file, it opens the workbench; with a
 * subcommand it runs headless; {@link BlocklightCommand#launch} tells which. {@code --software-render}
 * and {@code --low-bandwidth} are the root command's options for the workbench (see
 * {@link dev.blocklight.ui.launch.DisplayMode}). When the user chose no heap size and
 * the JVM's default is large, it first restarts itself with a bounded heap ({@link HeapCap}); then
 * JavaCPP's off-heap limits get defaults ({@link NativeMemory}). A workbench whose toolkit cannot
 * start (no display, no GTK 3) ends with one error line and exit code 1.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        BlocklightCommand.Launch launch = BlocklightCommand.launch(args);
        boolean workbench = launch.workbench();
        Optional<List<String>> restart = HeapCap.restartCommand(ProcessHandle.current().info().command(),
                () -> ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                Runtime.getRuntime().maxMemory(), System.getenv(), System.getProperty(HeapCap.RESTARTED), workbench,
                args);
        if (System.getProperty(HeapCap.RESTARTED) != null) {
            ChildJvm.exitWithParent();
        }
        if (restart.isPresent()) {
            int code = ChildJvm.run(restart.get(),
                    HeapCap.childEnvironment(System.getProperty("os.name", ""), System.getenv()));
            if (code >= 0) {
                System.exit(code);
            }
        }
        NativeMemory.applyDefaults();
        Launcher.useDataFolderForNativeCache();
        if (workbench) {
            int code = Launcher.launchWorkbench(BlocklightApp.class, Workbench::userPreferences, launch.softwareRender(),
                    launch.lowBandwidth(), launch.restArray());
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(BlocklightCommand.run(args));
    }
}
