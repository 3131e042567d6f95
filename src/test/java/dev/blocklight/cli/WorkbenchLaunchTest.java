// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root command's display options and the choice between the workbench and a headless command. */
class WorkbenchLaunchTest {
    @TempDir
    Path dir;

    @Test
    void displayFlagsAreTakenOutAndTheRestKeepsItsOrder() throws Exception {
        Path log = Files.writeString(dir.resolve("x.log"), "a line\n");
        BlocklightCommand.Launch a = BlocklightCommand.launch(
                new String[] {"--software-render", log.toString(), "--low-bandwidth"});
        assertTrue(a.softwareRender());
        assertTrue(a.lowBandwidth());
        assertEquals(List.of(log.toString()), a.rest());
        assertTrue(a.workbench());
    }

    @Test
    void aCommandLineWithoutFlagsPassesThrough() {
        BlocklightCommand.Launch a = BlocklightCommand.launch(new String[] {"parse", "x.log", "--out", "d"});
        assertFalse(a.softwareRender());
        assertFalse(a.lowBandwidth());
        assertEquals(List.of("parse", "x.log", "--out", "d"), a.rest());
        assertFalse(a.workbench());
    }

    @Test
    void theWorkbenchOpensWithNoArgumentOrOnlyFlags() {
        assertTrue(BlocklightCommand.launch(new String[0]).workbench());
        BlocklightCommand.Launch low = BlocklightCommand.launch(new String[] {"--low-bandwidth"});
        assertTrue(low.workbench() && low.lowBandwidth() && !low.softwareRender());
        assertEquals(List.of(), low.rest());
    }

    @Test
    void helpVersionUnknownOptionsAndMissingFilesGoToTheCli() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-V"}, new String[] {"--nope"},
                new String[] {dir.resolve("missing.log").toString()}, new String[] {dir.toString()},
                new String[] {"--software-render", "generate", "--out", "x"})) {
            BlocklightCommand.Launch a = BlocklightCommand.launch(args);
            assertFalse(a.workbench(), String.join(" ", args));
            assertEquals(List.of(args), a.rest());
        }
    }

    @Test
    void bothOptionsAreInTheRootHelp() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--software-render") && run.out().contains("--low-bandwidth"), run.out());
        assertTrue(run.out().contains("[LOG]") && run.out().contains("opens the workbench"), run.out());
    }

    @Test
    void versionIsTheBuildsVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals(dev.blocklight.core.BuildInfo.nameAndVersion(), run.out().strip());
        assertTrue(run.out().matches("Blocklight \\d+\\.\\d+\\.\\d+\\s*"), run.out());
    }

    @Test
    void aWordThatIsNeitherCommandNorFileIsOneUsageError() {
        CliRun run = CliRun.of("gen");
        assertEquals(2, run.exitCode());
        assertEquals("blocklight: error: 'gen' is neither a command nor a log file (see --help)", run.err().strip());
    }
}
