// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.session.SessionStore;
import java.util.function.IntFunction;

/** {@link ScoredBlocks} over a {@link SessionStore} and the model's per-block output. */
public final class SessionScores implements ScoredBlocks {
    private final SessionStore sessions;
    private final float[] scores;
    private final StepErrors errors;
    private final IntFunction<ScoreBreakdown> parts;

    /** The model's per-step reconstruction errors of one block. */
    @FunctionalInterface
    public interface StepErrors {
        /** Errors aligned with the block's events, or null when unknown. */
        float[] of(int block);
    }

    /**
     * @param sessions the blocks and their events
     * @param scores one score per block of {@code sessions}
     * @param errors per-step errors; null when the model gives none
     */
    public SessionScores(SessionStore sessions, float[] scores, StepErrors errors) {
        this(sessions, scores, errors, null);
    }

    /**
     * @param parts the parts of each block's score (null for a block the model cannot explain); null for none
     */
    public SessionScores(SessionStore sessions, float[] scores, StepErrors errors, IntFunction<ScoreBreakdown> parts) {
        if (scores.length != sessions.blockCount()) {
            throw new IllegalArgumentException(scores.length + " scores for " + sessions.blockCount() + " blocks");
        }
        this.sessions = sessions;
        this.scores = scores;
        this.errors = errors;
        this.parts = parts;
    }

    @Override
    public int count() {
        return scores.length;
    }

    @Override
    public String blockId(int i) {
        return sessions.blockName(i);
    }

    @Override
    public float score(int i) {
        return scores[i];
    }

    @Override
    public int[] events(int i) {
        return sessions.events(i);
    }

    @Override
    /**
     * The block's step errors, aligned with its events: a model that saw only the first steps of a
     * long block (truncation) leaves the later steps at 0, never blamed.
     */
    public float[] stepErrors(int i) {
        float[] e = errors == null ? null : errors.of(i);
        int n = sessions.length(i);
        return e == null || e.length == n ? e : java.util.Arrays.copyOf(e, n);
    }

    @Override
    public ScoreBreakdown breakdown(int i) {
        return parts == null ? null : parts.apply(i);
    }

    @Override
    public long firstSeen(int i) {
        return sessions.firstSeen(i);
    }

    @Override
    public long lastSeen(int i) {
        return sessions.lastSeen(i);
    }

    @Override
    public float[] scores() {
        return scores.clone();
    }
}
