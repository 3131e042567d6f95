// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * One generator run: new blocks arrive from the {@link Workload}, each with its whole life planned;
 * a heap releases the planned steps of all live blocks in time order. New blocks stop once the planned
 * lines reach the line budget (the last one cut short), so the log ends with the lives it began.
 */
final class GeneratorRun {
    /** Recently invalidated blocks a {@code BLOCK* ask .. to delete} line may also name. */
    private static final int RING = 256;

    private final GeneratorConfig config;
    private final SplittableRandom emitRandom;
    private final LifecyclePlanner planner;
    private final Workload workload;
    private final LineWriter writer;
    private final EventHeap heap = new EventHeap();
    private final BlockRegistry registry = new BlockRegistry();
    private final BlockIdSequence ids;
    private final Block[] invalidated = new Block[RING];
    private final long[] others = new long[100];
    private int ringNext;
    private long lines;

    GeneratorRun(GeneratorConfig config, LineBuffer out, TruthSink truth) {
        this.config = config;
        SplittableRandom root = new SplittableRandom(config.seed());
        Datanodes nodes = new Datanodes(root.split());
        this.planner = new LifecyclePlanner(root.split());
        this.workload = new Workload(root.split());
        this.emitRandom = root.split();
        this.ids = new BlockIdSequence(root.nextLong());
        this.writer = new LineWriter(out, truth, nodes, emitRandom);
    }

    void run(ProgressListener progress, Cancellation cancel) throws IOException {
        long target = config.lines();
        long[] committed = {0};
        lines = LifeLoop.run(heap, workload, new LifeLoop.Lives() {
            @Override
            public boolean more() {
                return committed[0] < target;
            }

            @Override
            public void arrive(long t) {
                committed[0] += GeneratorRun.this.arrive(t, target - committed[0]);
            }

            @Override
            public void emit(Block b) throws IOException {
                GeneratorRun.this.emit(b);
            }
        }, target, progress, cancel);
        writer.finish();
    }

    /** Plans a new block's life at {@code t}, at most {@code budget} lines; returns its line count. */
    private int arrive(long t, long budget) {
        Block b = new Block(ids.next());
        boolean system = workload.next(b, t);
        LifecyclePlanner.Pattern pattern = planner.chance(config.anomalyRate()) ? planner.pickPattern() : null;
        b.setSteps(planner.plan(b, t, pattern, system), (int) Math.min(budget, Integer.MAX_VALUE));
        if (b.count > 0) {
            heap.push(b.time[0], b);
        }
        return b.count;
    }

    private void emit(Block b) throws IOException {
        int step = b.next;
        EventKind k = b.kindAt(step);
        writer.head(k, b.time[step]);
        int named = k == EventKind.E30 ? collectOthers(b) : 0;
        writer.body(b, step, others, named);
        if (b.order < 0) {
            registry.register(b);
        }
        if (step == b.anomalyAt) {
            registry.markAnomalous(b);
        }
        if (k == EventKind.E23 && (step == 0 || b.kind[step - 1] != EventKind.E23.ordinal())) {
            invalidated[ringNext] = b;
            ringNext = (ringNext + 1) % RING;
        }
    }

    /** Other live blocks just added to invalidSets that one {@code ask .. to delete} line also names. */
    private int collectOthers(Block self) {
        double u = emitRandom.nextDouble();
        int want = u < 0.45 ? 0 : u < 0.8 ? 1 + emitRandom.nextInt(9) : 10 + emitRandom.nextInt(90);
        int n = 0;
        for (int i = 1; i <= RING && n < want; i++) {
            Block o = invalidated[(ringNext - i + RING) % RING];
            if (o != null && o != self && !o.finished) {
                others[n++] = o.id;
            }
        }
        return n;
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
}
