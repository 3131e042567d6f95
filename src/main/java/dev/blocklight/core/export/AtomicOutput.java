// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: everything goes to a temporary file beside the target, which is moved
 * over the target only on {@link #commit()}. Closing without commit deletes the temporary file, so
 * a failed or cancelled write never leaves a half file behind.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("folder does not exist: " + dir);
        }
        if (Files.isDirectory(this.target)) {
            throw new IOException("is a folder, not a file: " + this.target);
        }
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    /** Opens an atomic write of {@code target}. */
    public static AtomicOutput open(Path target) throws IOException {
        return new AtomicOutput(target);
    }

    /** The stream to write to; do not close it yourself. */
    public OutputStream stream() {
        return out;
    }

    /** Flushes, syncs nothing further, and moves the temporary file over the target. */
    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
