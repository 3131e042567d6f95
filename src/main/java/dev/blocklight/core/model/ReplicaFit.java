// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fits minibatches on two replicas of the network, one per core: the batches of an epoch go in
 * pairs, each replica fits one of a pair from the same weights and Adam state, and then both take the
 * mean of their weights and of their Adam state (synchronous model averaging, close to one step on
 * both batches at once). A step of our small LSTMs costs about the same for 128 or 256 sequences, so
 * one core cannot do this faster by itself. With one thread the replicas take turns, so the weights
 * do not depend on the thread count; an odd last batch is fitted by the first replica alone. Made
 * without a twin, it fits every batch on the network itself, one after the other.
 */
final class ReplicaFit implements AutoCloseable {
    private final ComputationGraph main;
    private final ComputationGraph twin;
    private final ExecutorService executor;

    /**
     * Fits {@code main} (which keeps the result), with a twin replica or alone; {@code parallel} runs
     * the twin on its own thread.
     */
    ReplicaFit(ComputationGraph main, boolean twin, boolean parallel) {
        this.main = main;
        this.twin = twin ? main.clone() : null;
        this.executor = twin && parallel ? Executors.newSingleThreadExecutor(ReplicaFit::thread) : null;
    }

    /** Fits {@code batches} (in pairs with a twin); returns the sum over batches of the loss times the size. */
    double fit(int[][] seqs, List<int[]> batches, int classes, Cancellation cancel) {
        double lossSum = 0;
        if (twin == null) {
            for (int[] batch : batches) {
                cancel.check();
                lossSum += fitOne(main, seqs, batch, classes);
            }
            return lossSum;
        }
        for (int k = 0; k < batches.size(); k += 2) {
            cancel.check();
            int[] first = batches.get(k);
            if (k + 1 == batches.size()) {
                lossSum += fitOne(main, seqs, first, classes);
                copy(main, twin);
                break;
            }
            int[] second = batches.get(k + 1);
            double other;
            if (executor == null) {
                lossSum += fitOne(main, seqs, first, classes);
                other = fitOne(twin, seqs, second, classes);
            } else {
                Future<Double> f = executor.submit(() -> fitOne(twin, seqs, second, classes));
                lossSum += fitOne(main, seqs, first, classes);
                other = join(f);
            }
            lossSum += other;
            average();
        }
        return lossSum;
    }

    /**
     * The weighted mean step loss of {@code members} (distinct indices into {@code seqs}, weighted by
     * {@code weights}), for validation after {@link #fit}, which leaves both replicas alike: with a
     * parallel twin, the two take every other batch. The sum runs in batch order, so the result does
     * not depend on the thread count.
     */
    double loss(int[][] seqs, int[] members, float[] weights, int batchSize, Cancellation cancel) {
        List<int[]> plan = BatchBuilder.plan(seqs, members, batchSize, null);
        double[][] parts = new double[plan.size()][];
        if (executor == null) {
            losses(main, seqs, plan, weights, 0, 1, parts, cancel);
        } else {
            Future<Void> other = executor.submit(() -> losses(twin, seqs, plan, weights, 1, 2, parts, cancel));
            losses(main, seqs, plan, weights, 0, 2, parts, cancel);
            join(other);
        }
        double lossSum = 0;
        double weightSum = 0;
        for (double[] p : parts) {
            lossSum += p[0];
            weightSum += p[1];
        }
        return lossSum / weightSum;
    }

    /** Fills {@code parts} for the batches {@code first}, {@code first + step}, ... of the plan. */
    private static Void losses(ComputationGraph net, int[][] seqs, List<int[]> plan, float[] weights, int first,
            int step, double[][] parts, Cancellation cancel) {
        for (int b = first; b < plan.size(); b += step) {
            cancel.check();
            parts[b] = Split.batchLoss(net, seqs, plan.get(b), weights);
        }
        return null;
    }

    void setLearningRate(double rate) {
        main.setLearningRate(rate);
        if (twin != null) {
            twin.setLearningRate(rate);
        }
    }

    private static double fitOne(ComputationGraph net, int[][] seqs, int[] batch, int classes) {
        MultiDataSet set = BatchBuilder.trainingSet(seqs, batch, null, classes);
        net.fit(set);
        double loss = net.score() * batch.length;
        BatchBuilder.release(set);
        return loss;
    }

    /** Both replicas take the mean of their weights and of their optimizer state. */
    private void average() {
        mean(main.params(), twin.params());
        mean(main.getUpdater().getStateViewArray(), twin.getUpdater().getStateViewArray());
    }

    private static void mean(INDArray a, INDArray b) {
        if (a == null || b == null) {
            return;
        }
        a.addi(b).muli(0.5);
        b.assign(a);
    }

    private static void copy(ComputationGraph from, ComputationGraph to) {
        to.params().assign(from.params());
        INDArray state = from.getUpdater().getStateViewArray();
        if (state != null && to.getUpdater().getStateViewArray() != null) {
            to.getUpdater().getStateViewArray().assign(state);
        }
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("training failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } finally {
                Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
            }
        }, "blocklight-trainer");
        t.setDaemon(true);
        return t;
    }

    /** Ends the second replica's thread. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
