// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into one sentence for a person, without class names where we know better. */
public final class ErrorMessages {
    /** What to do about an out-of-memory error (Java heap, or JavaCPP's native memory limit). */
    public static final String MEMORY_HINT = "give Blocklight more memory, e.g. java -Xmx2g"
            + " -Dorg.bytedeco.javacpp.maxphysicalbytes=4G -jar blocklight.jar ...";

    private ErrorMessages() {
    }

    /** One line that says what went wrong, for the CLI's error line and the workbench's notice. */
    public static String describe(Throwable ex) {
        OutOfMemoryError oom = outOfMemory(ex);
        if (oom != null) {
            String detail = oom.getMessage() == null || oom.getMessage().isBlank() ? "" : " (" + oneLine(oom) + ")";
            return "out of memory" + detail + "; " + MEMORY_HINT;
        }
        Throwable t = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (t instanceof NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": " + fs.getFile();
        }
        return oneLine(t);
    }

    private static String oneLine(Throwable t) {
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ');
    }

    /** The out-of-memory error in {@code ex}'s cause chain, or null. */
    private static OutOfMemoryError outOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }
}
