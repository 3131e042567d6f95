// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;

/**
 * The loop both generators share: new block lives arrive at the {@link Workload}'s pace while a heap
 * releases the planned steps of all live blocks in time order, one line each; progress and
 * cancellation are checked every few thousand lines.
 */
final class LifeLoop {
    private static final int CHECK_EVERY = 1 << 14;
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    /** What arrives and how a step is written. */
    interface Lives {
        /** True while more blocks are to arrive. */
        boolean more();

        /** Plans a block arriving at {@code t} and pushes its first step, if any, on the heap. */
        void arrive(long t);

        /** Writes the line of the block's current step ({@code b.next}). */
        void emit(Block b) throws IOException;
    }

    private LifeLoop() {
    }

    /** Runs until no block is to arrive and every step is written; returns the lines written. */
    static long run(EventHeap heap, Workload workload, Lives lives, long totalLines, ProgressListener progress,
            Cancellation cancel) throws IOException {
        long lines = 0;
        long nextArrival = 0;
        long t0 = System.nanoTime();
        long lastReport = t0;
        while (lives.more() || !heap.isEmpty()) {
            if (lives.more() && (heap.isEmpty() || nextArrival <= heap.peekTime())) {
                lives.arrive(nextArrival);
                nextArrival += workload.gapMs();
                continue;
            }
            Block b = heap.pop();
            lives.emit(b);
            if (++b.next < b.count) {
                heap.push(b.time[b.next], b);
            } else {
                b.finished = true;
            }
            if (++lines % CHECK_EVERY == 0) {
                cancel.check();
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    progress.onProgress(new Progress(lines, totalLines, lines, now - t0));
                }
            }
        }
        progress.onProgress(new Progress(lines, totalLines, lines, System.nanoTime() - t0));
        return lines;
    }
}
