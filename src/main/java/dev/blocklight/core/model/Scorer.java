// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final long REPORT_NANOS = 250_000_000L;
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
        return new BlockScores(set, stepLosses(set.sequences(), progress, cancel), unmatched);
    }

    /** Scores one sequence of model event indices (truncated to the maximum length). */
    public SequenceScore scoreOne(int[] modelEvents) {
        int max = model.config().maxLength();
        int[] seq = java.util.Arrays.copyOf(modelEvents, Math.min(max, modelEvents.length));
        if (seq.length == 0) {
            return new SequenceScore(Float.NaN, new float[0], false);
        }
        float[] steps;
        synchronized (oneLock) {
            if (single == null) {
                single = model.network().clone();
            }
            steps = StepLosses.of(single, new int[][] {seq}, new int[] {0})[0];
        }
        return new SequenceScore(StepLosses.mean(steps), steps, modelEvents.length > max);
    }

    /** Step losses of every sequence, computed in parallel. */
    float[][] stepLosses(int[][] seqs, ProgressListener progress, Cancellation cancel) {
        int[] all = new int[seqs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<int[]> batches = BatchBuilder.plan(seqs, all, BATCH, null);
        float[][] out = new float[seqs.length][];
        int workers = Math.max(1, Math.min(threads, batches.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        long start = System.nanoTime();
        AtomicLong lastReport = new AtomicLong(start);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "blocklight-scorer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                ComputationGraph net = model.network().clone();
                futures.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches.size() && !failed.get(); b = next.getAndIncrement()) {
                        cancel.check();
                        int[] batch = batches.get(b);
                        float[][] losses = StepLosses.of(net, seqs, batch);
                        for (int r = 0; r < batch.length; r++) {
                            out[batch[r]] = losses[r];
                        }
                        int n = done.addAndGet(batch.length);
                        long now = System.nanoTime();
                        long last = lastReport.get();
                        if ((n == seqs.length || now - last > REPORT_NANOS) && lastReport.compareAndSet(last, now)) {
                            progress.onProgress(new Progress(n, seqs.length, n, now - start));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                join(f, failed);
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static void join(Future<?> f, AtomicBoolean failed) {
        try {
            f.get();
        } catch (ExecutionException e) {
            failed.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("scoring failed: " + cause, cause);
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
