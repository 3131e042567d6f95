// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.workspace.CachedLabels;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.io.IOException;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Looks a log up in the workspace cache before any parse. On a hit it also takes the labels: the
 * cached ones while their file is unchanged, else those beside the log, read as a parse would;
 * otherwise the view model queues the parse.
 */
final class CacheOpenTask extends Task<WorkspaceCache.Lookup> {
    private final Path log;
    private final WorkspaceCache cache;
    private final String key;
    private volatile CachedLabels labelSource;

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
            CachedLabels cached = l.analysis().labels();
            labelSource = cached != null && unchanged(cached.source())
                    ? cached // the label file is as it was: no need to read it again
                    : ParseTask.labelsBeside(log, l.analysis().parse().sessions(), this::updateMessage);
        }
        return l;
    }

    private static boolean unchanged(FileIdentity source) {
        try {
            return source.isCurrent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The labels with their file's identity on a cache hit, for the next save; or null. */
    CachedLabels labelSource() {
        return labelSource;
    }

    /** Labels found beside the log on a cache hit, or null. */
    byte[] labels() {
        CachedLabels l = labelSource;
        return l == null ? null : l.perBlock();
    }
}
