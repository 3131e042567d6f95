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
import dev.blocklight.core.session.LabelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Parses a log in the background: template mining and block grouping. It only reports progress
 * and returns the result; the view model decides what to do with it.
 */
final class ParseTask extends Task<ParseResult> {
    private final Path log;
    private final ParserConfig config;
    private volatile byte[] labels;

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
        ParseResult result = LogOpener.parse(log, config, miner, this::onProgress, this::isCancelled);
        Path labelFile = LabelReader.besideLog(log);
        if (Files.isRegularFile(labelFile)) {
            updateMessage("Reading labels " + labelFile.getFileName());
            labels = LabelReader.read(labelFile).of(result.sessions());
        }
        return result;
    }

    /** Labels found beside the log ({@code X_anomaly_label.csv}), per block, or null. */
    byte[] labels() {
        return labels;
    }

    private void onProgress(Progress p) {
        if (p.fraction() >= 0) {
            updateProgress(p.fraction(), 1);
        }
        updateMessage(String.format("Parsing %s: %s lines, %s lines/s%s", log.getFileName(), Human.count(p.lines()),
                Human.count(p.linesPerSecond()), p.templates() < 0 ? "" : ", " + p.templates() + " templates so far"));
    }
}
