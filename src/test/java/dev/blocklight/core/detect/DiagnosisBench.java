// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the diagnosis on a synthetic log of HDFS_v1 size (575,061 blocks, 19 events each, 3%
 * anomalies): the one-off precomputation, then {@link Diagnostician#diagnose(Threshold)} at
 * thresholds swept across the score range as a slider would, then the per-time-slice rates. For
 * {@code DiagnosisBenchMain} and {@code DiagnosisBenchTest}; reports through its result, never the console.
 */
public final class DiagnosisBench {
    /** Blocks in HDFS_v1. */
    public static final int HDFS_V1_BLOCKS = 575_061;

    private DiagnosisBench() {
    }

    /**
     * Timings in nanoseconds.
     *
     * @param blocks blocks in the synthetic log
     * @param indexNanos building the {@link ScoreIndex} (sorting scores, labels, training, shift)
     * @param eventIndexNanos building the {@link EventContributionIndex}
     * @param diagnoses timed diagnoses (after as many untimed warm-up calls)
     * @param medianNanos median time of one diagnosis
     * @param p99Nanos 99th percentile time of one diagnosis
     * @param maxNanos slowest diagnosis
     * @param sliceNanos one {@link TimeSlices} pass (100 slices)
     */
    public record Result(int blocks, long indexNanos, long eventIndexNanos, int diagnoses, long medianNanos,
            long p99Nanos, long maxNanos, long sliceNanos) {

        /** Human-readable summary lines. */
        public String summary() {
            return String.format(Locale.ROOT, "diagnosis on %,d blocks: precompute %.0f ms (scores %.0f ms, events %.0f ms)%n"
                    + "  diagnose: median %.3f ms, p99 %.3f ms, max %.3f ms over %,d thresholds (target < 5 ms)%n"
                    + "  time slices: %.1f ms per pass", blocks, (indexNanos + eventIndexNanos) / 1e6, indexNanos / 1e6,
                    eventIndexNanos / 1e6, medianNanos / 1e6, p99Nanos / 1e6, maxNanos / 1e6, diagnoses, sliceNanos / 1e6);
        }
    }

    /** Runs the benchmark; {@code diagnoses} timed calls after as many warm-up calls. */
    public static Result run(int blocks, int diagnoses, long seed) {
        SyntheticLog log = new SyntheticLog(blocks, seed);
        long t0 = System.nanoTime();
        ScoreIndex index = ScoreIndex.of(log.training, log.scores, log.labels);
        long t1 = System.nanoTime();
        EventContributionIndex events = EventContributionIndex.build(log);
        long t2 = System.nanoTime();
        Diagnostician d = new Diagnostician(index, events);
        SortedScores s = index.scores();
        long sink = 0;
        long[] times = new long[diagnoses];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < diagnoses; i++) {
                double t = s.quantile((i + 0.5) / diagnoses);
                long a = System.nanoTime();
                Diagnosis r = d.diagnose(Threshold.manual(t));
                times[i] = System.nanoTime() - a;
                sink += r.flagged() + r.findings().size();
            }
        }
        long a = System.nanoTime();
        sink += TimeSlices.of(log.scores, log.firstSeenTimes(), s.quantile(0.97), 100).size();
        long sliceNanos = System.nanoTime() - a;
        Arrays.sort(times);
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError(); // keeps the results alive
        }
        return new Result(blocks, t1 - t0, t2 - t1, diagnoses, times[diagnoses / 2],
                times[Math.min(diagnoses - 1, (int) (diagnoses * 0.99))], times[diagnoses - 1], sliceNanos);
    }

    /** Scores like a fitted model: a log-normal normal body, 3% anomalies far above it. */
    private static final class SyntheticLog implements ScoredBlocks {
        private static final int STEPS = 19;
        private static final int TEMPLATES = 30;
        final float[] scores;
        final float[] training;
        final byte[] labels;

        SyntheticLog(int blocks, long seed) {
            Random r = new Random(seed);
            scores = new float[blocks];
            labels = new byte[blocks];
            for (int i = 0; i < blocks; i++) {
                boolean anomaly = r.nextDouble() < 0.03;
                labels[i] = (byte) (anomaly ? 1 : 0);
                scores[i] = (float) (anomaly ? 1 + r.nextDouble() * 4 : 0.15 * Math.exp(0.25 * r.nextGaussian()));
            }
            training = new float[Math.max(1, blocks / 5)];
            for (int i = 0; i < training.length; i++) {
                training[i] = (float) (0.15 * Math.exp(0.25 * r.nextGaussian()));
            }
        }

        @Override
        public int count() {
            return scores.length;
        }

        @Override
        public String blockId(int i) {
            return "blk_" + i;
        }

        @Override
        public float score(int i) {
            return scores[i];
        }

        @Override
        public int[] events(int i) {
            int[] e = new int[STEPS];
            for (int k = 0; k < STEPS; k++) {
                e[k] = 1 + (int) ((i * 31L + k * k) % TEMPLATES);
            }
            return e;
        }

        @Override
        public float[] stepErrors(int i) {
            float[] e = new float[STEPS];
            for (int k = 0; k < STEPS; k++) {
                e[k] = scores[i] * ((i + k) % 7) / 7f;
            }
            return e;
        }

        @Override
        public long firstSeen(int i) {
            return 1_226_000_000L + i / 10;
        }
    }
}
