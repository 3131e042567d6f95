// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code parse --cache DIR}: restore an unchanged log's parse from the workspace cache, else parse and save. */
final class CachedParse {
    private CachedParse() {
    }

    static ParseResult parse(ParseOptions options, Path log, Path dir, PrintWriter err) throws IOException {
        WorkspaceCache cache = new WorkspaceCache(dir);
        String key = options.cacheKey();
        WorkspaceCache.Lookup l = cache.load(log, key);
        if (l.notice() != null) {
            err.println(l.notice());
        }
        if (l.restored()) {
            return l.analysis().parse();
        }
        ParseResult r = ParseCommand.parseWithProgress(options, log, err);
        try {
            if (!cache.save(l.identity(), key, CachedAnalysis.parsed(options.format, r))) {
                err.println(log.getFileName() + " changed while it was parsed; the analysis was not cached");
            }
        } catch (IOException e) {
            err.println("Could not write the workspace cache in " + dir + ": " + e.getMessage());
        }
        return r;
    }
}
