// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * One replay run: blocks arrive over time as in the synthetic generator (the {@link Workload}'s job
 * bursts, file paths and sizes), each drawn from the real sequences and planned by the
 * {@link ReplayPlanner}; a heap releases the steps of all live blocks in time order, and each line is
 * rendered by the same {@link LineWriter} as the synthetic log's.
 */
final class ReplayRun {
    private static final long[] NO_OTHERS = new long[0];

    private final ReplayConfig config;
    private final RealSequence[] normal;
    private final RealSequence[] anomalous;
    private final ReplayPlanner planner;
    private final Workload workload;
    private final LineWriter writer;
    private final BlockIdSequence ids;
    private final long pickSeed;
    private final EventHeap heap = new EventHeap();
    private final BlockRegistry registry = new BlockRegistry();
    private long lines;

    ReplayRun(ReplayConfig config, RealSequence[] normal, RealSequence[] anomalous, LineBuffer out, TruthSink truth) {
        this.config = config;
        this.normal = normal;
        this.anomalous = anomalous;
        SplittableRandom root = new SplittableRandom(config.seed());
        Datanodes nodes = new Datanodes(root.split());
        this.planner = new ReplayPlanner(root.split());
        this.workload = new Workload(root.split());
        this.writer = new LineWriter(out, truth, nodes, root.split());
        this.ids = new BlockIdSequence(root.nextLong());
        this.pickSeed = root.nextLong();
    }

    void run(ProgressListener progress, Cancellation cancel) throws IOException {
        Picker picker = new Picker();
        lines = LifeLoop.run(heap, workload, new LifeLoop.Lives() {
            @Override
            public boolean more() {
                return picker.left > 0;
            }

            @Override
            public void arrive(long t) {
                ReplayRun.this.arrive(t, picker.next());
            }

            @Override
            public void emit(Block b) throws IOException {
                ReplayRun.this.emit(b);
            }
        }, totalLines(), progress, cancel);
        writer.finish();
    }

    /** The lines the run will write: the same draws as the run, summed up front for the progress total. */
    private long totalLines() {
        Picker dry = new Picker();
        long sum = 0;
        while (dry.left > 0) {
            sum += dry.next().length();
        }
        return sum;
    }

    private void arrive(long t, RealSequence s) {
        Block b = new Block(ids.next());
        workload.next(b, t);
        b.setSteps(planner.plan(b, s.events(), t), Integer.MAX_VALUE);
        b.anomalyAt = s.anomalous() ? 0 : -1;
        heap.push(b.time[0], b);
    }

    private void emit(Block b) throws IOException {
        int step = b.next;
        writer.head(b.kindAt(step), b.time[step]);
        writer.body(b, step, NO_OTHERS, 0);
        if (b.order < 0) {
            registry.register(b);
            if (b.anomalyAt == 0) {
                registry.markAnomalous(b);
            }
        }
    }

    BlockRegistry registry() {
        return registry;
    }

    long lines() {
        return lines;
    }

    long bytes() {
        return writer.bytes();
    }

    /**
     * Draws the blocks' sequences: exactly {@code config.anomalousBlocks()} anomalous ones at random
     * positions (selection sampling), each uniformly with replacement from its pool's rows.
     */
    private final class Picker {
        private final SplittableRandom random = new SplittableRandom(pickSeed);
        long left = config.blocks();
        private long anomaliesLeft = config.anomalousBlocks();

        RealSequence next() {
            boolean anomaly = anomaliesLeft > 0 && random.nextLong(left) < anomaliesLeft;
            left--;
            if (anomaly) {
                anomaliesLeft--;
                return anomalous[random.nextInt(anomalous.length)];
            }
            return normal[random.nextInt(normal.length)];
        }
    }
}
