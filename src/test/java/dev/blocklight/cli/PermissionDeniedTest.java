// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable log gives "permission denied" in one line. Root reads any file whatever its mode
 * (CAP_DAC_OVERRIDE), and these tests often run as root: the in-process test then skips with a
 * message, and the second test runs the CLI in a child JVM without those capabilities
 * ({@code setpriv}), skipping when that tool is missing.
 */
class PermissionDeniedTest {
    @TempDir
    Path dir;

    private Path unreadableLog() throws IOException {
        Path log = dir.resolve("secret.log");
        Files.writeString(log, ParseCommandFaultTest.L1 + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("---------"));
        return log;
    }

    @Test
    void anUnreadableLogIsPermissionDenied() throws IOException {
        Path log = unreadableLog();
        assumeFalse(Files.isReadable(log), "this user reads files with mode 000 (root?): see the setpriv test instead");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("parse", log.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("permission denied: " + log), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnreadableLogIsPermissionDeniedForRootWithoutDacCapabilities() throws Exception {
        Path log = unreadableLog();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search",
                "--inh-caps=-all", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", cp, "dev.blocklight.Main", "parse", log.toString(), "--out",
                out.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            assumeTrue(false, "setpriv is not available (" + e.getMessage() + "); skipping");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeFalse(err.startsWith("setpriv:"), "setpriv cannot drop capabilities here (" + err + "); skipping");
        assertEquals(1, p.exitValue(), err);
        assertEquals("blocklight parse: error: permission denied: " + log, err);
        assertFalse(Files.exists(out));
    }
}
