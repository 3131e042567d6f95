// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a path into a parse result whatever its kind: a raw log (plain or gzip) goes through the
 * {@link LogParser}, a Loghub {@code *_structured.csv} through the {@link StructuredCsvReader}.
 * The CLI and the workbench both open logs through here.
 */
public final class LogOpener {
    private LogOpener() {
    }

    /** Whether the path names a Loghub structured CSV rather than a raw log. */
    public static boolean isStructured(Path log) {
        return StructuredCsvReader.isStructuredCsv(log);
    }

    /**
     * Parses the log at {@code log}.
     *
     * @throws IOException with a one-sentence message for a missing, unreadable or wrong file
     */
    public static ParseResult parse(Path log, ParserConfig config, TemplateMiner miner, ProgressListener progress,
            Cancellation cancel) throws IOException {
        return parse(log, config, miner, progress, cancel, MemoryEstimate.maxHeap());
    }

    /**
     * Parses the log at {@code log} in at most {@code maxHeap} bytes of heap: a raw log that would not
     * fit is refused with a {@link LogTooLargeException} before the parse or within seconds of it.
     */
    public static ParseResult parse(Path log, ParserConfig config, TemplateMiner miner, ProgressListener progress,
            Cancellation cancel, long maxHeap) throws IOException {
        if (isStructured(log)) {
            if (!Files.isRegularFile(log)) {
                LogSource.of(log); // the same clear errors as for a log
            }
            return StructuredCsvReader.read(log, miner.masking(), cancel);
        }
        return new LogParser(config, maxHeap).parse(LogSource.of(log), miner, progress, cancel);
    }
}
