// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.nio.file.Path;
import javafx.concurrent.Task;

/** Saves a fresh parse into the workspace cache, in the background; true when saved. */
final class CacheSaveTask extends Task<Boolean> {
    private final WorkspaceCache cache;
    private final FileIdentity identity;
    private final String key;
    private final CachedAnalysis analysis;

    CacheSaveTask(WorkspaceCache cache, FileIdentity identity, String key, CachedAnalysis analysis) {
        this.cache = cache;
        this.identity = identity;
        this.key = key;
        this.analysis = analysis;
        updateTitle("Cache " + Path.of(identity.path()).getFileName());
    }

    @Override
    protected Boolean call() throws Exception {
        updateMessage("Saving the analysis to the workspace cache");
        return cache.save(identity, key, analysis);
    }
}
