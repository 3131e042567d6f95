// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * One parallel scoring pass: workers on a {@link ScoringPool}'s threads, each with its own network
 * copy, take the next batch until none is left. Every sequence's result is written by exactly one worker; the batch plan is
 * fixed, so results do not depend on the thread count. Progress counts scored sequences; it is
 * reported about four times a second, one call at a time, always ending with the full count.
 */
final class ParallelScoring {
    private static final long REPORT_NANOS = 250_000_000L;
    private final int[][] seqs;
    private final List<int[]> batches;
    private final float[][] out;
    private final ProgressListener progress;
    private final Cancellation cancel;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final long start = System.nanoTime();
    private final AtomicLong lastReport = new AtomicLong(start);
    private int reported;

    ParallelScoring(int[][] seqs, List<int[]> batches, ProgressListener progress, Cancellation cancel) {
        this.seqs = seqs;
        this.batches = batches;
        this.out = new float[seqs.length][];
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Runs the pass on the pool's threads, each with its own copy of the network; returns each
     * sequence's step losses. When one worker fails or the run is cancelled, the others stop after
     * their current batch.
     */
    float[][] run(ScoringPool pool, int threads) {
        int workers = Math.max(1, Math.min(threads, batches.size()));
        ExecutorService executor = pool.executor(workers);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                futures.add(executor.submit(() -> work(pool.network())));
            }
            for (Future<?> f : futures) {
                join(f);
            }
        } finally {
            failed.set(true);
            for (Future<?> f : futures) {
                f.cancel(false);
            }
        }
        return out;
    }

    private Void work(ComputationGraph net) {
        for (int b = next.getAndIncrement(); b < batches.size() && !failed.get(); b = next.getAndIncrement()) {
            cancel.check();
            int[] batch = batches.get(b);
            float[][] losses = StepLosses.of(net, seqs, batch);
            for (int r = 0; r < batch.length; r++) {
                out[batch[r]] = losses[r];
            }
            report(done.addAndGet(batch.length));
        }
        return null;
    }

    private void report(int n) {
        long now = System.nanoTime();
        if (n < seqs.length && now - lastReport.get() < REPORT_NANOS) {
            return;
        }
        synchronized (this) {
            if (n > reported) {
                reported = n;
                lastReport.set(now);
                progress.onProgress(new Progress(n, seqs.length, n, now - start));
            }
        }
    }

    private void join(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            failed.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("scoring failed: " + cause, cause);
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
