// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.sample.AnomalyHalves;
import dev.blocklight.core.sample.RealSequence;
import dev.blocklight.core.sample.RealSequences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Manual experiment (not a test): real sequences drawn as two logs, trained and scored in memory. */
public final class RealCountExperiment {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/data/hdfs");
        List<RealSequence> all = RealSequences.read(dir.resolve("HDFS_v1_real_sequences_dev.csv"));
        HdfsSequences tpl = HdfsSequences.read(dir.resolve("HDFS_100k_sequences_part1.csv"),
                dir.resolve("HDFS_v1_templates_E1-E29.csv"));
        Vocabulary vocab = Vocabulary.of(tpl.events());
        AnomalyHalves.Half half = AnomalyHalves.Half.valueOf(System.getProperty("half", "TUNE"));
        int n = Integer.getInteger("blocks", 20000);
        int epochs = Integer.getInteger("epochs", 20);
        ModelConfig c = ModelConfig.defaults().withEpochs(epochs, 3);
        List<RealSequence> normal = RealSequences.normal(all);
        List<RealSequence> anom = RealSequences.anomalous(all, half);
        Draw a = draw(normal, anom, n, 1);
        Draw b = draw(normal, anom, n, 2);
        String[] specs = {"gap", "max", "pct:99.9", "pct:97"};
        for (boolean supervised : Boolean.getBoolean("fp") ? new boolean[] {true} : new boolean[] {true, false}) {
            List<int[]> train = new ArrayList<>();
            for (int i = 0; i < a.seqs.length; i++) {
                if (!supervised || !a.labels[i]) {
                    train.add(a.seqs[i]);
                }
            }
            SequenceSet set = new SequenceEncoder(c.maxLength(), vocab.identity()).encode(train.toArray(new int[0][]));
            long t0 = System.nanoTime();
            TrainingResult res = new Trainer(c).train(set, vocab, supervised ? 0 : CountProfile.UNSUPERVISED_TOLERANCE,
                    e -> { }, Cancellation.NEVER);
            System.out.printf("%s %s: trained %.1fs, %d relations%n", half, supervised ? "with labels" : "no labels",
                    (System.nanoTime() - t0) / 1e9, res.model().counts().stored().relations().length);
            float[] trainScores = res.model().scorer().score(train.toArray(new int[0][]), Cancellation.NEVER).scores();
            for (Draw target : supervised ? new Draw[] {b, a} : new Draw[] {a, b}) {
                float[] s = res.model().scorer().score(target.seqs, Cancellation.NEVER).scores();
                StringBuilder line = new StringBuilder(String.format("  %s PR-AUC %.4f bestF1 %.4f anomalies %d |",
                        target == a ? "log A" : "log B", Ranking.averagePrecision(s, target.labels),
                        Ranking.bestF1(s, target.labels), count(target.labels)));
                for (String spec : specs) {
                    double t = ThresholdSpecs.parse(spec).choose(ScoreIndex.of(trainScores, s, null)).value();
                    line.append(String.format(" %s=%.2f F1 %.4f (%d)", spec, t, f1(s, target.labels, t), flagged(s, t)));
                }
                System.out.println(line);
                if (Boolean.getBoolean("fp")) {
                    double t = ThresholdSpecs.parse(supervised ? "max" : "gap").choose(ScoreIndex.of(trainScores, s, null)).value();
                    Scorer one = res.model().scorer(1);
                    for (int i = 0; i < s.length; i++) {
                        if ((s[i] > t) != target.labels[i]) {
                            System.out.printf("    %s %.2f %s %s%n", target.labels[i] ? "FN" : "FP", s[i],
                                    one.scoreOne(target.seqs[i]).breakdown(), Arrays.toString(target.seqs[i]));
                        }
                    }
                }
            }
        }
    }

    record Draw(int[][] seqs, boolean[] labels) {
    }

    static Draw draw(List<RealSequence> normal, List<RealSequence> anom, int n, long seed) {
        Random r = new Random(seed);
        int k = (int) Math.round(n * 0.0293);
        List<RealSequence> out = new ArrayList<>();
        for (int i = 0; i < n - k; i++) {
            out.add(normal.get(r.nextInt(normal.size())));
        }
        for (int i = 0; i < k; i++) {
            out.add(anom.get(r.nextInt(anom.size())));
        }
        Collections.shuffle(out, r);
        int[][] seqs = new int[n][];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            seqs[i] = out.get(i).events();
            labels[i] = out.get(i).anomalous();
        }
        return new Draw(seqs, labels);
    }

    static int count(boolean[] l) {
        int c = 0;
        for (boolean x : l) {
            c += x ? 1 : 0;
        }
        return c;
    }

    static int flagged(float[] s, double t) {
        return (int) java.util.stream.IntStream.range(0, s.length).filter(i -> s[i] > t).count();
    }

    static double f1(float[] s, boolean[] l, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < s.length; i++) {
            boolean f = s[i] > t;
            tp += f && l[i] ? 1 : 0;
            fp += f && !l[i] ? 1 : 0;
            fn += !f && l[i] ? 1 : 0;
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private RealCountExperiment() {
        Arrays.fill(new int[0], 0);
    }
}
