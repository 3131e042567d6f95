// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Looks a log up in the workspace cache before any parse. On a hit it also reads the labels beside
 * the log, as a parse would; otherwise the view model queues the parse.
 */
final class CacheOpenTask extends Task<WorkspaceCache.Lookup> {
    private final Path log;
    private final WorkspaceCache cache;
    private final String key;
    private volatile byte[] labels;

    CacheOpenTask(Path log, WorkspaceCache cache, String key) {
        this.log = log;
        this.cache = cache;
        this.key = key;
        updateTitle("Open " + log.getFileName());
        updateMessage("Looking for a cached analysis of " + log.getFileName());
    }

    @Override
    protected WorkspaceCache.Lookup call() throws Exception {
        updateMessage("Looking for a cached analysis of " + log.getFileName());
        WorkspaceCache.Lookup l = cache.load(log, key);
        if (l.restored()) {
            Path labelFile = LabelReader.besideLog(log);
            if (Files.isRegularFile(labelFile)) {
                updateMessage("Reading labels " + labelFile.getFileName());
                labels = LabelReader.read(labelFile).of(l.analysis().parse().sessions());
            }
        }
        return l;
    }

    /** Labels found beside the log on a cache hit, or null. */
    byte[] labels() {
        return labels;
    }
}
