// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.tasks;

import dev.blocklight.core.ErrorMessages;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.RawLines;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Reads raw log lines by byte offset in the background, for the views that show a block's or a
 * template's lines. On failure it hands over one line that says why, instead of the lines.
 */
public final class RawLinesTask extends Task<List<String>> {
    private final Path file;
    private final Supplier<long[]> offsets;

    /**
     * @param offsets computed on the background thread too, as finding them may scan all sessions
     * @param show receives the lines, or the one-line failure, on the FX thread
     */
    public RawLinesTask(Path file, Supplier<long[]> offsets, Consumer<List<String>> show) {
        this.file = file;
        this.offsets = offsets;
        setOnSucceeded(e -> show.accept(getValue()));
        setOnFailed(e -> show.accept(List.of("Could not read the raw lines: " + ErrorMessages.describe(getException()))));
    }

    @Override
    protected List<String> call() throws Exception {
        return RawLines.read(LogSource.of(file), offsets.get());
    }
}
