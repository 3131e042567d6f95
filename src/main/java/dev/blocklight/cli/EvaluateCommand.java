// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.export.ScoresCsv;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blocklight evaluate}: detection quality of a score file against labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compares a score file with labels: precision, recall and F1 at the file's threshold and at "
            + "the best threshold, ROC-AUC and PR-AUC (average precision)."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "scores.csv", description = "A score file written by blocklight score.")
    Path scores;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Loghub anomaly_label.csv.")
    Path labelFile;

    @Option(names = "--threshold", paramLabel = "SPEC",
            description = "Evaluate at this threshold instead of the file's (static:V, pct:P, rate:R, bestf1).")
    String threshold;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        ThresholdStrategy strategy = threshold == null ? null : ThresholdSpecs.parse(threshold);
        ScoresCsv.Scores s = ScoresCsv.read(scores);
        Labels labels = LabelReader.read(labelFile);
        byte[] byBlock = new byte[s.blockIds().size()];
        int missing = 0;
        for (int i = 0; i < byBlock.length; i++) {
            Boolean l = labels.byBlock().get(s.blockIds().get(i));
            byBlock[i] = l == null ? (byte) -1 : (byte) (l ? 1 : 0);
            missing += l == null ? 1 : 0;
        }
        LabelledScores ls = LabelledScores.of(s.scores(), byBlock);
        if (ls == null || ls.positives().size() == 0 || ls.negatives().size() == 0) {
            throw new IllegalArgumentException("the labels name no anomalous and normal blocks of " + scores
                    + "; are they for another log?");
        }
        o.printf(Locale.ROOT, "%,d blocks scored, %,d labelled (%,d anomalous)%s%n", byBlock.length, ls.size(),
                ls.positives().size(), missing > 0 ? String.format(", %,d without a label (left out)", missing) : "");
        Threshold at = strategy != null ? strategy.choose(ScoreIndex.of(null, s.scores(), byBlock))
                : Double.isNaN(s.threshold()) ? null : Threshold.manual(s.threshold());
        if (at != null) {
            line(o, "at threshold " + at.spec() + " = " + String.format(Locale.ROOT, "%.6g", at.value()),
                    ls.at(at.value()));
        }
        LabelledScores.BestF1 best = ls.bestF1();
        line(o, "at the best threshold " + String.format(Locale.ROOT, "%.6g", best.threshold()), best.confusion());
        o.printf(Locale.ROOT, "ROC-AUC %.4f, PR-AUC %.4f%n", ls.rocAuc(), ls.averagePrecision());
        return 0;
    }

    private static void line(PrintWriter o, String where, Confusion c) {
        o.printf(Locale.ROOT, "%s: precision %.4f, recall %.4f, F1 %.4f (flagged %,d, TP %,d, FP %,d, FN %,d)%n",
                where, c.precision(), c.recall(), c.f1(), c.flagged(), c.tp(), c.fp(), c.fn());
    }
}
