// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.parse.ParseResult;
import javafx.concurrent.Task;

/** Scores every block of the open log with a model in the background. */
final class ScoreTask extends Task<ScoringRun.Outcome> {
    private final AutoencoderModel model;
    private final ParseResult parsed;
    private final byte[] labels;

    ScoreTask(AutoencoderModel model, ParseResult parsed, byte[] labels) {
        this.model = model;
        this.parsed = parsed;
        this.labels = labels;
        updateTitle("Score blocks");
        updateMessage("Waiting to score");
    }

    @Override
    protected ScoringRun.Outcome call() {
        updateMessage(String.format("Scoring %,d blocks", parsed.sessions().blockCount()));
        return ScoringRun.score(model, parsed, labels, null, Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE, this::isCancelled);
    }
}
