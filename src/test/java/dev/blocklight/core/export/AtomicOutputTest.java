// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: all or nothing for files, in place for devices and pipes. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void commitMovesTheWholeFileIntoPlace() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new content".getBytes(StandardCharsets.US_ASCII));
            assertEquals("old", Files.readString(target), "the target changes only on commit");
            out.commit();
        }
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of(target), listing(), "no temporary file is left");
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws IOException {
        Path target = dir.resolve("never.txt");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write(1);
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing());
    }

    /** A named pipe stands in for /dev/null: moving a file over it would replace the device. */
    @Test
    void writesInPlaceToAPipeInsteadOfReplacingIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        int rc;
        try {
            rc = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            rc = -1;
        }
        assumeTrue(rc == 0, "mkfifo is not available; skipping the named-pipe test");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] payload = "through the pipe".getBytes(StandardCharsets.US_ASCII);
        try (AtomicOutput out = AtomicOutput.open(fifo)) {
            out.stream().write(payload);
            out.commit();
        }
        assertArrayEquals(payload, read.get(10, TimeUnit.SECONDS));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertEquals(List.of(fifo), listing(), "no temporary file was created beside the pipe");
    }
}
