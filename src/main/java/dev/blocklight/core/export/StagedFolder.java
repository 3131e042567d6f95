// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of output files all or nothing: they are written into a hidden staging folder inside
 * the output folder and moved into place only when every one of them is complete. A failed run
 * leaves the output folder as it was (and does not leave behind a folder it created).
 */
public final class StagedFolder {
    /** Writes the files of one run into the staging folder it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path stage) throws IOException;
    }

    private StagedFolder() {
    }

    /** Checks early that {@code out} can be an output folder (missing, or an existing folder). */
    public static void requireFolder(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " is not a folder (the output must go to a folder)");
        }
    }

    /** Runs {@code writer} against a staging folder, then moves what it wrote into {@code out}. */
    public static void write(Path out, Writer writer) throws IOException {
        requireFolder(out);
        boolean created = !Files.exists(out);
        Files.createDirectories(out);
        Path stage = Files.createTempDirectory(out, ".staging-");
        try {
            writer.writeInto(stage);
            for (Path f : list(stage)) {
                AtomicOutput.moveReplacing(f, out.resolve(f.getFileName()));
            }
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(stage, created ? out : null);
            throw e;
        }
        Files.delete(stage);
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        return out;
    }

    /** Removes the staging folder, and the output folder too when this run created it and it is empty. */
    private static void deleteQuietly(Path stage, Path createdOut) {
        try {
            for (Path f : list(stage)) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(stage);
            if (createdOut != null && list(createdOut).isEmpty()) {
                Files.deleteIfExists(createdOut);
            }
        } catch (IOException ignored) {
            // the original failure is what the caller must report
        }
    }
}
