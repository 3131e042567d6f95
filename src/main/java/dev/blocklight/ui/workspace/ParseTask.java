// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.Human;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Parses a log in the background: template mining and block grouping. It only reports progress
 * and returns the result; the view model decides what to do with it.
 */
final class ParseTask extends Task<ParseResult> {
    private final Path log;
    private final ParserConfig config;

    ParseTask(Path log, ParserConfig config) {
        this.log = log;
        this.config = config;
        updateTitle("Parse " + log.getFileName());
        updateMessage("Waiting to parse " + log.getFileName());
    }

    @Override
    protected ParseResult call() throws Exception {
        updateMessage("Parsing " + log.getFileName());
        TemplateMiner miner = TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
        return LogOpener.parse(log, config, miner, this::onProgress, this::isCancelled);
    }

    private void onProgress(Progress p) {
        if (p.fraction() >= 0) {
            updateProgress(p.fraction(), 1);
        }
        updateMessage(String.format("Parsing %s: %s lines, %s lines/s", log.getFileName(), Human.count(p.lines()),
                Human.count(p.linesPerSecond())));
    }
}
