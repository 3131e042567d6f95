// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Manual experiment (not a test): trains on the shared labelled sequences and prints PR-AUC. */
public final class ModelExperiment {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/hdfs");
        HdfsSequences data = HdfsSequences.read(dir.resolve("HDFS_100k_sequences_part1.csv"),
                dir.resolve("HDFS_v1_templates_E1-E29.csv"));
        boolean unsupervised = Boolean.getBoolean("unsup");
        ModelConfig c = ExperimentConfig.fromProperties();
        System.out.println(c);
        Random r = new Random(7);
        List<int[]> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < data.sequences().length; i++) {
            boolean toTrain = r.nextBoolean();
            if (toTrain && (unsupervised || !data.anomalous()[i])) {
                train.add(data.sequences()[i]);
            } else if (!toTrain || unsupervised) {
                if (!toTrain) {
                    test.add(i);
                }
            } else {
                test.add(i);
            }
        }
        long t0 = System.nanoTime();
        TrainingResult res = new Trainer(c).train(train.toArray(new int[0][]),
                Vocabulary.of(data.events()), e -> System.out.printf("epoch %d loss %.4f val %.4f %.2fs%s%n",
                        e.epoch(), e.trainingLoss(), e.validationLoss(), e.seconds(), e.best() ? " *" : ""),
                Cancellation.NEVER);
        System.out.printf("trained in %.1fs, %d params, quantiles %s%n", (System.nanoTime() - t0) / 1e9,
                res.model().parameterCount(), res.model().info().quantiles());
        int[][] testSeqs = new int[test.size()][];
        boolean[] labels = new boolean[test.size()];
        for (int k = 0; k < test.size(); k++) {
            testSeqs[k] = data.sequences()[test.get(k)];
            labels[k] = data.anomalous()[test.get(k)];
        }
        BlockScores s = res.model().scorer().score(testSeqs, Cancellation.NEVER);
        float[] scores = s.scores();
        System.out.printf("test %d blocks, PR-AUC %.4f best F1 %.4f, top-50 positives %d%n", scores.length,
                Ranking.averagePrecision(scores, labels), Ranking.bestF1(scores, labels),
                Ranking.positivesInTop(scores, labels, 50));
        float[] max = new float[scores.length];
        for (int k = 0; k < max.length; k++) {
            for (float v : s.stepLosses(k)) {
                max[k] = Math.max(max[k], v);
            }
        }
        System.out.printf("max-step score: PR-AUC %.4f best F1 %.4f%n", Ranking.averagePrecision(max, labels),
                Ranking.bestF1(max, labels));
        String dump = System.getProperty("dump");
        if (dump != null) {
            StringBuilder out = new StringBuilder("Score,Label,Sequence\n");
            for (int k = 0; k < scores.length; k++) {
                out.append(scores[k]).append(',').append(labels[k] ? 1 : 0).append(',');
                for (int e : testSeqs[k]) {
                    out.append(e).append(' ');
                }
                out.append('\n');
            }
            java.nio.file.Files.writeString(Path.of(dump), out);
        }
        if (Boolean.getBoolean("top")) {
            Integer[] order = new Integer[scores.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
            for (int k = 0; k < 120; k++) {
                int i = order[k];
                System.out.printf("%.3f %s %s%n", scores[i], labels[i] ? "A" : "-",
                        java.util.Arrays.toString(testSeqs[i]).substring(0, Math.min(150, java.util.Arrays.toString(testSeqs[i]).length())));
            }
        }
    }
}
