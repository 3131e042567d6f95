// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The scoring threads of one network, kept alive between scoring runs, each with its own copy of the
 * network. ND4J keeps bookkeeping for every thread's workspaces that it does not fully release when
 * the thread ends (about 1.5 KB of heap per thread in the soak benchmark), so threads made fresh for
 * every run leak slowly; reused threads reuse their workspaces. Idle threads end after
 * {@link #IDLE_SECONDS}, so a model that is dropped without {@link #close()} frees them too.
 * Owned by an {@link AutoencoderModel} and shared by its threshold and source variants.
 */
final class ScoringPool implements AutoCloseable {
    /** How long an idle scoring thread waits for the next run before it ends. */
    static final long IDLE_SECONDS = 300;
    private final ComputationGraph network;
    private final ThreadLocal<ComputationGraph> copies = new ThreadLocal<>();
    private ThreadPoolExecutor executor;

    ScoringPool(ComputationGraph network) {
        this.network = network;
    }

    /** The executor, with room for at least {@code threads} threads, started if needed. */
    synchronized ExecutorService executor(int threads) {
        if (executor == null) {
            executor = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), this::newThread);
            executor.allowCoreThreadTimeOut(true);
        } else if (executor.getMaximumPoolSize() < threads) {
            executor.setMaximumPoolSize(threads);
            executor.setCorePoolSize(threads);
        }
        return executor;
    }

    /** The calling scoring thread's own copy of the network, made on its first use. */
    ComputationGraph network() {
        ComputationGraph copy = copies.get();
        if (copy == null) {
            copy = network.clone();
            copies.set(copy);
        }
        return copy;
    }

    /** Live scoring threads. */
    synchronized int threads() {
        return executor == null ? 0 : executor.getPoolSize();
    }

    private Thread newThread(Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } finally {
                copies.remove();
                Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
            }
        }, "blocklight-scorer");
        t.setDaemon(true);
        return t;
    }

    /** Ends the threads now (after their current batch); a later run starts new ones. */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
