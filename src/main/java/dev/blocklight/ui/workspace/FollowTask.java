// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.Human;
import dev.blocklight.core.parse.LogTail;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.CachedLabels;
import java.nio.file.Path;
import javafx.concurrent.Task;

/** One follow-mode step: parses what was appended to the log since the last step; null when nothing was. */
final class FollowTask extends Task<ParseResult> {
    private final Path log;
    private final LogTail tail;
    private volatile byte[] labels;

    FollowTask(Path log, LogTail tail) {
        this.log = log;
        this.tail = tail;
        updateTitle("Follow " + log.getFileName());
    }

    @Override
    protected ParseResult call() throws Exception {
        long from = tail.parsedBytes();
        updateMessage("Reading what was appended to " + log.getFileName() + " after " + Human.bytes(from));
        ParseResult r = tail.poll(p -> {
            if (p.fraction() >= 0) {
                updateProgress(p.fraction(), 1);
            }
        }, this::isCancelled);
        if (r != null) {
            CachedLabels l = ParseTask.labelsBeside(log, r.sessions(), this::updateMessage);
            labels = l == null ? null : l.perBlock();
        }
        return r;
    }

    /** Labels beside the log for the grown block list, or null. */
    byte[] labels() {
        return labels;
    }
}
