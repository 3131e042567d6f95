// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.analysis;

import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.model.Trainer;
import dev.blocklight.core.model.TrainingListener;
import dev.blocklight.core.model.TrainingResult;
import dev.blocklight.core.parse.ParseResult;

/**
 * Trains a model on a parsed log and chooses its threshold from the training blocks' scores: the
 * whole "train" job that the CLI and the workbench share. {@link #fit} and {@link #finish} are its
 * two halves, for callers that time them apart.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    /**
     * What training produced.
     *
     * @param model the model, with its source log, template snapshot and threshold set
     * @param trainingScores the score of every training block
     * @param threshold the chosen threshold and why
     * @param result the trainer's summary
     * @param scores the score of every block of the parse, by the trained model
     */
    public record Outcome(AutoencoderModel model, float[] trainingScores, Threshold threshold, TrainingResult result,
            BlockScores scores) {
    }

    /**
     * @param labels per block 1 anomaly, 0 normal, -1 unknown, or null: with labels only the normal
     *     blocks train the model
     * @param strategy how to choose the threshold from the training scores, or null for the default
     *     ({@link ThresholdSpecs#defaultStrategy(boolean)}: with labels or without)
     * @param logFormat the line layout the log was parsed with, kept in the model's template snapshot
     */
    public static Outcome train(ParseResult parsed, byte[] labels, ModelConfig config, int threads,
            ThresholdStrategy strategy, String sourceLog, String logFormat, TrainingListener epochs,
            Cancellation cancel) {
        TrainingResult result = fit(parsed, labels, config, threads, epochs, cancel);
        return finish(result, parsed, labels, threads, strategy, sourceLog, logFormat, cancel);
    }

    /** The first half: trains the network and the count profile (the slow part). */
    public static TrainingResult fit(ParseResult parsed, byte[] labels, ModelConfig config, int threads,
            TrainingListener epochs, Cancellation cancel) {
        return new Trainer(config, threads).train(parsed.sessions(), parsed.events(), labels, epochs, cancel);
    }

    /**
     * The second half: scores every block of the parse with the fitted model, chooses the threshold
     * from the training blocks' scores, and names the model's source.
     */
    public static Outcome finish(TrainingResult result, ParseResult parsed, byte[] labels, int threads,
            ThresholdStrategy strategy, String sourceLog, String logFormat, Cancellation cancel) {
        BlockScores scores = result.model().scorer(threads).score(parsed.sessions(), parsed.events(),
                ProgressListener.NONE, cancel);
        float[] training = trainingScores(scores.scores(), labels);
        ThresholdStrategy chosen = strategy != null ? strategy : ThresholdSpecs.defaultStrategy(labels != null);
        Threshold threshold = chosen.choose(ScoreIndex.of(training, training, null));
        AutoencoderModel model = result.model().withThreshold(threshold.value());
        if (parsed.miner() != null) {
            model = model.withSource(sourceLog, parsed.miner().snapshot(logFormat));
        }
        return new Outcome(model, training, threshold, result, scores);
    }

    /** The scores of the blocks that trained the model: all of them, or the normal ones. */
    static float[] trainingScores(float[] all, byte[] labels) {
        int n = 0;
        float[] out = new float[all.length];
        for (int b = 0; b < all.length; b++) {
            if ((labels == null || labels[b] == 0) && !Float.isNaN(all[b])) {
                out[n++] = all[b];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
