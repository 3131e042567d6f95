// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand's --help renders cleanly: picocli warns on System.err when a '%' is not escaped. */
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"analyze", "generate", "parse", "train", "score", "evaluate", "bench"})
    void helpRendersWithoutFormatWarnings(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: blocklight " + command), run.out());
        assertFalse(run.out().contains("%n"), "unformatted text in: " + run.out());
        String w = warnings.toString(StandardCharsets.UTF_8);
        assertFalse(w.contains("Could not format"), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate"})
    void percentSignsSurviveFormatting(String command) {
        assertTrue(CliRun.of(command, "--help").out().contains("3% anomalous"));
    }
}
