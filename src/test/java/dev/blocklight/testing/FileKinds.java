// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/** Special files and contents for fault tests; a test skips with a message where the system cannot make a file. */
public final class FileKinds {
    private FileKinds() {
    }

    /** The text as UTF-8, gzip-compressed. */
    public static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
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
