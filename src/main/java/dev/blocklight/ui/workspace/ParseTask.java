// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.Human;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateDraft;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.session.LabelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.core.workspace.CachedLabels;
import dev.blocklight.core.workspace.FileIdentity;
import java.io.IOException;
import javafx.concurrent.Task;

/**
 * Parses a log in the background: template mining and block grouping. It only reports progress
 * (with the templates mined so far, at most every {@link #DRAFTS_EVERY_NANOS}, coalesced on the FX
 * thread) and returns the result; the view model decides what to do with it.
 */
final class ParseTask extends Task<ParseResult> {
    private final Path log;
    private final ParserConfig config;
    /** The heap the parse may fill: a log that needs more is refused with the -Xmx it needs. */
    private final long maxHeap;
    /** How often the templates mined so far are sent to the FX thread. */
    static final long DRAFTS_EVERY_NANOS = 300_000_000L;
    private final Consumer<List<TemplateDraft>> drafts;
    private final AtomicReference<List<TemplateDraft>> pending = new AtomicReference<>();
    private volatile CachedLabels labelSource;
    private TemplateMiner miner;
    private long lastDraft;

    /**
     * @param drafts receives the templates mined so far, on the FX thread, while the parse runs
     * @param maxHeap the heap the parse may fill (the JVM's, less the analysis that stays open meanwhile)
     */
    ParseTask(Path log, ParserConfig config, Consumer<List<TemplateDraft>> drafts, long maxHeap) {
        this.log = log;
        this.config = config;
        this.drafts = drafts;
        this.maxHeap = maxHeap;
        updateTitle("Parse " + log.getFileName());
        updateMessage("Waiting to parse " + log.getFileName());
    }

    @Override
    protected ParseResult call() throws Exception {
        updateMessage("Parsing " + log.getFileName());
        miner = TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
        ParseResult result = LogOpener.parse(log, config, miner, this::onProgress, this::isCancelled, maxHeap);
        labelSource = labelsBeside(log, result.sessions(), this::updateMessage);
        return result;
    }

    /**
     * The labels in the file beside the log ({@link LabelReader#besideLog}) for the blocks, with the
     * file's identity taken first (for the workspace cache); null when there is no such file.
     */
    static CachedLabels labelsBeside(Path log, SessionStore sessions, Consumer<String> message) throws IOException {
        Path file = LabelReader.besideLog(log);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        message.accept("Reading labels " + file.getFileName());
        FileIdentity id = FileIdentity.of(file);
        return new CachedLabels(id, LabelReader.read(file).of(sessions));
    }

    /** The labels with their file's identity, or null. */
    CachedLabels labelSource() {
        return labelSource;
    }

    /** Labels found beside the log ({@code X_anomaly_label.csv}), per block, or null. */
    byte[] labels() {
        CachedLabels l = labelSource;
        return l == null ? null : l.perBlock();
    }

    /** Called on the parse's feeding thread, between merges, so the miner may be read here. */
    private void onProgress(Progress p) {
        long now = System.nanoTime();
        if (miner != null && p.fraction() < 1 && (lastDraft == 0 || now - lastDraft >= DRAFTS_EVERY_NANOS)) {
            lastDraft = now;
            if (pending.getAndSet(miner.drafts()) == null) {
                Platform.runLater(() -> {
                    List<TemplateDraft> d = pending.getAndSet(null);
                    if (d != null && isRunning()) {
                        drafts.accept(d);
                    }
                });
            }
        }
        if (p.fraction() >= 0) {
            updateProgress(p.fraction(), 1);
        }
        updateMessage(String.format("Parsing %s: %s lines, %s lines/s%s", log.getFileName(), Human.count(p.lines()),
                Human.count(p.linesPerSecond()), p.templates() < 0 ? "" : ", " + p.templates() + " templates so far"));
    }
}
