// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import dev.blocklight.core.parse.ParseResult;

/**
 * What the workspace cache keeps of one log's analysis: the parse (templates, event table, block
 * sessions with byte offsets, counts), and, once a model has scored it, every block's score and the
 * chosen threshold.
 *
 * @param logFormat the line layout the log was parsed with (part of the cache key)
 * @param parse the parse result; its miner is restored from the template snapshot
 * @param scores one score per block, in block order, or null before scoring
 * @param threshold the chosen threshold, or NaN
 * @param thresholdSpec how the threshold was chosen ({@code pct:97}, {@code static:3.2}...), or null
 * @param model the model that produced the scores (bundle and training scores), or null when unknown
 * @param labels the blocks' labels with the file they came from, or null
 */
public record CachedAnalysis(String logFormat, ParseResult parse, float[] scores, double threshold, String thresholdSpec,
        ModelRef model, CachedLabels labels) {
    public CachedAnalysis {
        if (labels != null && labels.perBlock().length != parse.sessions().blockCount()) {
            throw new IllegalArgumentException(labels.perBlock().length + " labels for "
                    + parse.sessions().blockCount() + " blocks");
        }
        if (model != null && scores == null) {
            throw new IllegalArgumentException("a model without scores");
        }
        if (scores != null && scores.length != parse.sessions().blockCount()) {
            throw new IllegalArgumentException(scores.length + " scores for " + parse.sessions().blockCount() + " blocks");
        }
    }

    /** A parse without scores yet. */
    public static CachedAnalysis parsed(String logFormat, ParseResult parse) {
        return new CachedAnalysis(logFormat, parse, null, Double.NaN, null, null, null);
    }

    /** The same analysis with scores and a threshold. */
    public CachedAnalysis withScores(float[] newScores, double newThreshold, String spec) {
        return new CachedAnalysis(logFormat, parse, newScores, newThreshold, spec, null, labels);
    }

    /** The same analysis with scores, a threshold and the model that scored it. */
    public CachedAnalysis withScores(float[] newScores, double newThreshold, String spec, ModelRef scoredBy) {
        return new CachedAnalysis(logFormat, parse, newScores, newThreshold, spec, scoredBy, labels);
    }

    /** The same analysis with the blocks' labels (null for none). */
    public CachedAnalysis withLabels(CachedLabels newLabels) {
        return new CachedAnalysis(logFormat, parse, scores, threshold, thresholdSpec, model, newLabels);
    }

    public boolean hasScores() {
        return scores != null;
    }
}
