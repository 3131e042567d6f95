// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.session.SessionStore;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Scores blocks with a model. Each distinct sequence is scored once, in batches of similar length,
 * by {@code threads} workers that each run their own copy of the network. Results do not depend on
 * the thread count. {@link #scoreOne} serves single blocks (for the UI) from a separate copy, so it
 * can run while a full scoring is going on.
 */
public final class Scorer {
    /** Sequences per inference batch. */
    static final int BATCH = 512;
    private final AutoencoderModel model;
    private final int threads;
    private final Object oneLock = new Object();
    private ComputationGraph single;

    Scorer(AutoencoderModel model, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.model = model;
        this.threads = threads;
        NativeThreads.useOne();
    }

    /** Scores every block of a parse, mapping its events onto the model's by template text. */
    public BlockScores score(SessionStore sessions, EventTable events, ProgressListener progress,
            Cancellation cancel) {
        EventMapping mapping = model.vocabulary().mappingFrom(events);
        SequenceSet set = new SequenceEncoder(model.config().maxLength(), mapping).encode(sessions);
        return score(set, mapping.unmatched(), progress, cancel);
    }

    /** Scores plain sequences numbered like the model's vocabulary (0 = unknown event). */
    public BlockScores score(int[][] sequences, Cancellation cancel) {
        SequenceSet set = new SequenceEncoder(model.config().maxLength(), model.vocabulary().identity())
                .encode(sequences);
        return score(set, List.of(), ProgressListener.NONE, cancel);
    }

    /** Scores encoded sequences. */
    public BlockScores score(SequenceSet set, List<EventType> unmatched, ProgressListener progress,
            Cancellation cancel) {
        int[][] seqs = set.sequences();
        float[] extra = new float[seqs.length];
        int[] rareStep = new int[seqs.length];
        CountProfile.Verdict[] verdicts = new CountProfile.Verdict[seqs.length];
        float[] countPart = new float[seqs.length];
        for (int i = 0; i < seqs.length; i++) {
            rareStep[i] = model.rarity().rarestAt(seqs[i]);
            extra[i] = model.rarity().costAt(seqs[i], rareStep[i]);
            verdicts[i] = judge(set.eventCounts(i));
            countPart[i] = verdicts[i].part();
        }
        return new BlockScores(set, stepLosses(seqs, progress, cancel), extra, rareStep, unmatched, countPart,
                i -> model.counts().diffs(verdicts[i], this::eventId));
    }

    private CountProfile.Verdict judge(int[] eventCounts) {
        return model.counts() == null ? CountProfile.Verdict.NONE : model.counts().judge(eventCounts);
    }

    private String eventId(int modelEvent) {
        return modelEvent < model.vocabulary().size() ? model.vocabulary().get(modelEvent).label() : "E?";
    }

    /** Scores one block's log event indices, mapped with {@code model.vocabulary().mappingFrom(table)}. */
    public SequenceScore scoreOne(int[] logEvents, EventMapping mapping) {
        int[] mapped = new int[logEvents.length];
        for (int k = 0; k < mapped.length; k++) {
            mapped[k] = mapping.map(logEvents[k]);
        }
        return scoreOne(mapped);
    }

    /**
     * Scores one sequence of model event indices (truncated to the maximum length; an index outside
     * the vocabulary counts as the unknown event).
     */
    public SequenceScore scoreOne(int[] modelEvents) {
        int max = model.config().maxLength();
        int[] whole = new int[modelEvents.length];
        for (int k = 0; k < whole.length; k++) {
            whole[k] = modelEvents[k] >= 0 && modelEvents[k] < model.vocabulary().size() ? modelEvents[k] : 0;
        }
        int[] seq = Arrays.copyOf(whole, Math.min(max, whole.length));
        if (seq.length == 0) {
            return new SequenceScore(Float.NaN, new float[0], false, null);
        }
        float[] steps;
        synchronized (oneLock) {
            if (single == null) {
                single = model.network().clone();
            }
            steps = StepLosses.of(single, new int[][] {seq}, new int[] {0})[0];
        }
        int rare = model.rarity().rarestAt(seq);
        CountProfile.Verdict counts = judge(SequenceSet.countsOf(whole));
        ScoreBreakdown parts = ScoreBreakdown.of(steps, StepLosses.WORST_STEP_WEIGHT, model.rarity().costAt(seq, rare),
                rare, counts.part(), counts.part() > 0 ? model.counts().diffs(counts, this::eventId) : List.of());
        return new SequenceScore(StepLosses.score(steps) + parts.rarity() + parts.counts(), StepLosses.events(steps),
                modelEvents.length > max, parts);
    }

    /** Step losses of every sequence, computed in parallel. */
    float[][] stepLosses(int[][] seqs, ProgressListener progress, Cancellation cancel) {
        int[] all = new int[seqs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<int[]> batches = BatchBuilder.plan(seqs, all, BATCH, null);
        return new ParallelScoring(seqs, batches, progress, cancel).run(model.scoringPool(), threads);
    }
}
