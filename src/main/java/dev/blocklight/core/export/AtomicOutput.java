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
 *
 * <p>A target that exists but is neither a regular file nor a folder (a device such as
 * {@code /dev/null}, or a named pipe) is written in place: moving a file over it would replace the
 * device itself.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    /** The temporary file, or null when writing in place to a device or pipe. */
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
        if (Files.exists(this.target) && !Files.isRegularFile(this.target)) {
            this.temp = null;
            this.out = new BufferedOutputStream(Files.newOutputStream(this.target), 1 << 16);
            return;
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
        if (temp == null) {
            committed = true;
            return;
        }
        moveReplacing(temp, target);
        committed = true;
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }
}
