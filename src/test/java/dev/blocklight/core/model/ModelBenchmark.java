// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Benchmark at HDFS_v1 scale (not a test; see the README): 575,061 blocks and about 11.2M events,
 * sampled from the shared labelled sequences, completed with a deletion tail and mutated so that
 * about 27k sequences are distinct, like the real log. Times encoding, training, scoring every block
 * with 1 and 2 network copies, and scoring one block. Run it with and without OMP_NUM_THREADS=1.
 */
public final class ModelBenchmark {
    static final int BLOCKS = 575_061;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/hdfs");
        HdfsSequences data = HdfsSequences.read(dir.resolve("HDFS_100k_sequences_part1.csv"),
                dir.resolve("HDFS_v1_templates_E1-E29.csv"));
        int[][] blocks = synthetic(data.sequences(), BLOCKS, new Random(1));
        long events = Arrays.stream(blocks).mapToLong(s -> s.length).sum();
        ModelConfig config = ExperimentConfig.fromProperties();
        Vocabulary vocab = Vocabulary.of(data.events());
        System.out.println(config);
        System.out.printf("OMP_NUM_THREADS=%s, %d processors, load %s, %d blocks, %d events%n",
                System.getenv("OMP_NUM_THREADS"), Runtime.getRuntime().availableProcessors(), load(), blocks.length,
                events);

        long t = System.nanoTime();
        SequenceSet set = new SequenceEncoder(config.maxLength(), vocab.identity()).encode(blocks);
        System.out.printf("encode: %.2f s, %d distinct, %d truncated%n", secs(t), set.size(), set.truncatedBlocks());

        t = System.nanoTime();
        TrainingResult res = new Trainer(config).train(set, vocab, e -> System.out.printf(
                "  epoch %d loss %.4f val %.4f %.1f s%s%n", e.epoch(), e.trainingLoss(), e.validationLoss(),
                e.seconds(), e.best() ? " (best)" : ""), Cancellation.NEVER);
        System.out.printf("train: %.1f s, best epoch %d, %d params%n", secs(t), res.summary().bestEpoch(),
                res.model().parameterCount());

        for (int threads : new int[] {1, 2}) {
            Scorer scorer = res.model().scorer(threads);
            scorer.score(set, java.util.List.of(), ProgressListener.NONE, Cancellation.NEVER);
            t = System.nanoTime();
            BlockScores scores = scorer.score(blocks, Cancellation.NEVER);
            System.out.printf("score all blocks, %d thread(s): %.1f s (%d distinct)%n", threads, secs(t),
                    scores.distinctSequences());
        }

        Scorer scorer = res.model().scorer(1);
        Random r = new Random(3);
        double[] ms = new double[300];
        for (int i = 0; i < ms.length; i++) {
            int[] seq = blocks[r.nextInt(blocks.length)];
            long t1 = System.nanoTime();
            scorer.scoreOne(seq);
            ms[i] = (System.nanoTime() - t1) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("score one block: median %.2f ms, p95 %.2f ms, max %.2f ms (load %s)%n", ms[ms.length / 2],
                ms[ms.length * 95 / 100], ms[ms.length - 1], load());
    }

    /** Samples real sequences, adds a deletion tail to most, and mutates a few into new variants. */
    static int[][] synthetic(int[][] real, int n, Random random) {
        int[] tail = {21, 21, 21, 23, 23, 23};
        int[][] out = new int[n][];
        for (int b = 0; b < n; b++) {
            int[] s = real[random.nextInt(real.length)];
            int[] seq = random.nextDouble() < 0.9 ? concat(s, tail) : s.clone();
            if (random.nextDouble() < 0.1) {
                for (int m = 1 + random.nextInt(3); m > 0 && seq.length > 2; m--) {
                    int i = random.nextInt(seq.length - 1);
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            int x = seq[i];
                            seq[i] = seq[i + 1];
                            seq[i + 1] = x;
                        }
                        case 1 -> seq = concat(Arrays.copyOf(seq, i + 1), Arrays.copyOfRange(seq, i, seq.length));
                        default -> seq = concat(Arrays.copyOf(seq, i), Arrays.copyOfRange(seq, i + 1, seq.length));
                    }
                }
            }
            out[b] = seq;
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
