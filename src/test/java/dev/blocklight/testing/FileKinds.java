// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Special files for fault tests; a test skips with a message where the system cannot make one. */
public final class FileKinds {
    private FileKinds() {
    }

    /** Makes a named pipe with {@code mkfifo}, or skips the calling test. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available (" + e.getMessage() + "); skipping the named-pipe test");
            return path;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed; skipping the named-pipe test");
        assumeTrue(Files.exists(path) && !Files.isRegularFile(path), "mkfifo made no pipe; skipping the named-pipe test");
        return path;
    }
}
