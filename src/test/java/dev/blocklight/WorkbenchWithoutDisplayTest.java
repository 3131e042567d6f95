// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real program's workbench path in a new JVM with no display and JavaFX's GTK glass (not
 * the tests' Monocle): it ends with exit code 1 and one line on standard error, not a stack trace.
 */
class WorkbenchWithoutDisplayTest {

    @Test
    void withoutADisplayTheWorkbenchSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "JavaFX reads DISPLAY only on Linux: nothing to make fail here");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=gtk", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("BLOCKLIGHT_HOME", dir.resolve("home").toString());
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program ended");
        assertEquals(1, process.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line, no stack trace: " + err);
        assertTrue(lines.get(0).startsWith("blocklight: error: the workbench cannot start: there is no graphical display"
                + " (DISPLAY is not set"), err);
        assertTrue(lines.get(0).endsWith("the command line works without a display: blocklight --help"), err);
    }
}
