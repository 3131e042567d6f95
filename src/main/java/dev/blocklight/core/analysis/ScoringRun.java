// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.analysis;

import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.model.ScoreQuantile;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.session.SessionStore;
import java.util.List;

/**
 * Scores a parsed log with a model and applies a threshold: the "score" job that the CLI and the
 * workbench share. A log meant for a model is parsed in match-only mode with the model's template
 * snapshot ({@link #minerFor}), so event ids mean what they meant in training.
 */
public final class ScoringRun {
    private ScoringRun() {
    }

    /**
     * What scoring produced.
     *
     * @param scores per-block scores and step losses
     * @param index the sorted scores, training scores and labels, ready for diagnoses
     * @param threshold the threshold applied
     */
    public record Outcome(BlockScores scores, ScoreIndex index, Threshold threshold) {
        /** The scores as blocks of the parse, with their events and step errors, for export and diagnosis. */
        public SessionScores blocks(SessionStore sessions) {
            return new SessionScores(sessions, scores.scores(), scores::stepLosses, scores::breakdown);
        }
    }

    /** A match-only miner with the model's templates, or null when the model carries none. */
    public static TemplateMiner minerFor(AutoencoderModel model) {
        return model.templates() == null ? null : TemplateMiner.fromSnapshot(model.templates(), false);
    }

    /**
     * @param strategy the threshold to apply, or null for the model's own
     * @param labels per block 1, 0 or -1, or null
     */
    public static Outcome score(AutoencoderModel model, ParseResult parsed, byte[] labels, ThresholdStrategy strategy,
            int threads, ProgressListener progress, Cancellation cancel) {
        BlockScores scores = model.scorer(threads).score(parsed.sessions(), parsed.events(), progress, cancel);
        ScoreIndex index = ScoreIndex.of(trainingScores(model), scores.scores(), labels);
        Threshold threshold;
        if (strategy != null) {
            threshold = strategy.choose(index);
        } else if (Double.isFinite(model.info().threshold())) {
            threshold = new Threshold(model.info().threshold(), "model", "model",
                    "the threshold stored in the model when it was trained");
        } else {
            throw new IllegalArgumentException("the model has no threshold; choose one with --threshold");
        }
        return new Outcome(scores, index, threshold);
    }

    /** Points in the pseudo-sample rebuilt from the stored quantiles. */
    static final int SAMPLE = 4000;

    /**
     * The training-score distribution the model keeps, rebuilt as an evenly weighted sample: the
     * score at quantile (i + 0.5) / n, interpolated linearly between the stored quantiles (below the
     * lowest stored quantile, its score).
     */
    static float[] trainingScores(AutoencoderModel model) {
        List<ScoreQuantile> q = model.info() == null ? List.of() : model.info().quantiles();
        if (q.isEmpty()) {
            return new float[0];
        }
        float[] out = new float[SAMPLE];
        int k = 0;
        for (int i = 0; i < SAMPLE; i++) {
            double u = (i + 0.5) / SAMPLE;
            while (k < q.size() - 1 && q.get(k).quantile() < u) {
                k++;
            }
            ScoreQuantile hi = q.get(k);
            if (k == 0 || hi.quantile() < u) {
                out[i] = (float) hi.score();
                continue;
            }
            ScoreQuantile lo = q.get(k - 1);
            double f = (u - lo.quantile()) / (hi.quantile() - lo.quantile());
            out[i] = (float) (lo.score() + f * (hi.score() - lo.score()));
        }
        return out;
    }
}
