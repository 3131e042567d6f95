// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.workspace.CachedAnalysis;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Turns a restored analysis's cached scores back into a scoring outcome without a model: checks that
 * the model bundle they came from is still there unchanged (SHA-256), then indexes the scores with
 * the model's cached training scores and the labels. It answers null, with {@link #problem()} set,
 * when the bundle is gone or changed: then only the parse is restored.
 */
final class RestoreTask extends Task<ScoringRun.Outcome> {
    private final CachedAnalysis analysis;
    private final byte[] labels;
    private final Path cacheFolder;
    private final RestoredSteps steps;
    private volatile String problem;

    RestoreTask(CachedAnalysis analysis, byte[] labels, Path cacheFolder, RestoredSteps steps) {
        this.analysis = analysis;
        this.labels = labels;
        this.cacheFolder = cacheFolder;
        this.steps = steps;
        updateTitle("Restore scores");
        updateMessage("Restoring the cached scores");
    }

    @Override
    protected ScoringRun.Outcome call() throws Exception {
        problem = analysis.model().problem(cacheFolder);
        if (problem != null) {
            return null;
        }
        float[] scores = analysis.scores();
        ScoreIndex index = ScoreIndex.of(analysis.model().trainingScores(), scores, labels);
        String spec = analysis.thresholdSpec() == null ? "static:" + analysis.threshold() : analysis.thresholdSpec();
        Threshold t = new Threshold(analysis.threshold(), "restored", spec, "restored from the workspace cache");
        return new ScoringRun.Outcome(BlockScores.restored(scores, steps), index, t);
    }

    /** Why the scores could not be restored, or null. */
    String problem() {
        return problem;
    }
}
