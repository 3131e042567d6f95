// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes one log line for a block's step, in HDFS_v1's layout: {@code yymmdd hhmmss pid LEVEL component:
 * content}, and its true event id to the truth sink. Shared by the synthetic and the replay generator, so
 * an event renders the same in both.
 */
final class LineWriter {
    /** Room reserved for one line; the longest (E30 naming 100 blocks) stays well below. */
    private static final int LINE_RESERVE = 4096;

    private final LineBuffer out;
    private final TruthSink truth;
    private final Contents contents;
    private final SplittableRandom random;
    private final Clock clock = new Clock();

    LineWriter(LineBuffer out, TruthSink truth, Datanodes nodes, SplittableRandom random) {
        this.out = out;
        this.truth = truth;
        this.random = random;
        this.contents = new Contents(out, nodes, random);
    }

    /** Starts the line of event {@code k} at {@code t}: time, pid, level and component. */
    void head(EventKind k, long t) throws IOException {
        out.reserve(LINE_RESERVE);
        clock.write(out, t);
        out.put(' ');
        out.putLong(pid(k, t));
        out.put(k.levelAndComponent);
    }

    /** Ends the line begun by {@link #head}: the content of step {@code step} of {@code b}, then the truth. */
    void body(Block b, int step, long[] others, int otherCount) throws IOException {
        EventKind k = b.kindAt(step);
        contents.write(b, k, b.role[step], others, otherCount);
        out.put('\n');
        truth.line(k);
    }

    private long pid(EventKind k, long t) {
        return switch (k.pid) {
            case HANDLER -> 26 + random.nextInt(10);
            case MONITOR -> 19;
            case DAEMON -> 18 + random.nextInt(2);
            case SCANNER -> 13;
            case XCEIVER -> 140 + t / 5400 + random.nextInt(80);
        };
    }

    long bytes() {
        return out.bytes();
    }

    /** Writes what is buffered of the log and the truth. */
    void finish() throws IOException {
        out.drain();
        truth.finish();
    }
}
