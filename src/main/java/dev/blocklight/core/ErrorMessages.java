// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into one sentence for a person, without class names where we know better. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** One line that says what went wrong, for the CLI's error line and the workbench's notice. */
    public static String describe(Throwable ex) {
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
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ');
    }
}
