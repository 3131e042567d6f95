// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.detect.RateStrategy;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.CountVectorBaseline;
import dev.blocklight.core.model.EventMapping;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.model.Scorer;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.export.FlaggedCsv;
import dev.blocklight.core.export.FlaggedExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;

/**
 * The model stage of {@code blocklight bench}: trains on the parsed log (unsupervised), scores every
 * block, times single-block scoring and a diagnosis, and checks detection quality against labels.
 */
final class ModelBench {
    /** Threshold strategies compared on every run, to choose and check the defaults (named in ThresholdSpecs). */
    static final List<String> CANDIDATES = List.of(ThresholdSpecs.DEFAULT_SPEC, ThresholdSpecs.DEFAULT_WITH_LABELS_SPEC,
            "pct:95", "pct:97", "pct:99", "pct:99.9", "sigma:2", "sigma:3", "pot:1e-2", "pot:1e-3", "pot:1e-4");

    private ModelBench() {
    }

    /**
     * @param flagged where to export the flagged blocks (timed), or null to skip the export
     */
    static void run(PrintWriter o, ParseResult parsed, byte[] labels, ThresholdStrategy strategy, int threads,
            String logFormat, Path flagged) throws IOException {
        long t0 = System.nanoTime();
        TrainingRun.Outcome trained = TrainingRun.train(parsed, null, ModelConfig.defaults(), threads, strategy,
                "bench", logFormat, r -> o.printf(Locale.ROOT, "    epoch %d: loss %.4f, validation %.4f, %.1f s%n",
                        r.epoch(), r.trainingLoss(), r.validationLoss(), r.seconds()), Cancellation.NEVER);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        o.printf(Locale.ROOT, "Train (unsupervised, %,d distinct sequences): %.1f s%n",
                trained.result().summary().distinctSequences(), trainSeconds);

        long t1 = System.nanoTime();
        ScoringRun.Outcome scored = ScoringRun.score(trained.model(), parsed, labels, null, threads,
                ProgressListener.NONE, Cancellation.NEVER);
        o.printf(Locale.ROOT, "Score all %,d blocks (%,d distinct sequences): %.2f s%n", scored.scores().blockCount(),
                scored.scores().distinctSequences(), (System.nanoTime() - t1) / 1e9);

        Scorer scorer = trained.model().scorer(1);
        EventMapping mapping = trained.model().vocabulary().mappingFrom(parsed.events());
        long[] one = new long[200];
        for (int i = 0; i < one.length; i++) {
            int b = (int) ((long) i * 7919 % parsed.sessions().blockCount());
            long t = System.nanoTime();
            scorer.scoreOne(parsed.sessions().events(b), mapping);
            one[i] = System.nanoTime() - t;
        }
        Arrays.sort(one);
        o.printf(Locale.ROOT, "Score one block: median %.1f ms, p95 %.1f ms (first call %.1f ms incl. network copy)%n",
                one[one.length / 2] / 1e6, one[one.length * 95 / 100] / 1e6, one[one.length - 1] / 1e6);

        Diagnostician diagnostician = new Diagnostician(scored.index());
        long[] diag = new long[200];
        for (int i = 0; i < diag.length; i++) {
            long t = System.nanoTime();
            diagnostician.diagnose(Threshold.manual(scored.threshold().value() * (0.5 + i / 200.0)));
            diag[i] = System.nanoTime() - t;
        }
        Arrays.sort(diag);
        o.printf(Locale.ROOT, "Diagnosis of %,d blocks per slider move: median %.3f ms, p95 %.3f ms%n",
                scored.scores().blockCount(), diag[diag.length / 2] / 1e6, diag[diag.length * 95 / 100] / 1e6);

        Diagnosis d = diagnostician.diagnose(scored.threshold());
        o.printf(Locale.ROOT, "Threshold %s = %.4g flags %,d blocks (%.2f%%)%n", scored.threshold().spec(),
                scored.threshold().value(), d.flagged(), d.rate() * 100);
        LabelledScores ls = LabelledScores.of(scored.scores().scores(), labels);
        for (String spec : CANDIDATES) {
            Threshold t = ThresholdSpecs.parse(spec).choose(scored.index());
            Diagnosis cd = diagnostician.diagnose(t);
            String quality = ls == null || ls.positives().size() == 0 ? ""
                    : String.format(Locale.ROOT, ", flagged/true %.2f, F1 %.4f",
                            (double) cd.flagged() / ls.positives().size(), ls.at(t.value()).f1());
            o.printf(Locale.ROOT, "  candidate %-10s = %.4g flags %,d (%.2f%%)%s%n", spec, t.value(), cd.flagged(),
                    cd.rate() * 100, quality);
        }
        if (flagged != null) {
            long t2 = System.nanoTime();
            SessionScores blocks = scored.blocks(parsed.sessions());
            int rows = FlaggedCsv.write(flagged, FlaggedExport.of(blocks, parsed.events(), scored.threshold(), labels));
            o.printf(Locale.ROOT, "Export %,d flagged blocks to %s: %.2f s%n", rows, flagged,
                    (System.nanoTime() - t2) / 1e9);
        }
        if (ls != null && ls.positives().size() > 0) {
            Confusion c = ls.at(scored.threshold().value());
            o.printf(Locale.ROOT, "Quality vs labels (%,d anomalous): at threshold P %.4f R %.4f F1 %.4f, "
                    + "flagged/true %.2f; best F1 %.4f; ROC-AUC %.4f; PR-AUC %.4f%n", ls.positives().size(),
                    c.precision(), c.recall(), c.f1(), (double) c.flagged() / ls.positives().size(),
                    ls.bestF1().confusion().f1(), ls.rocAuc(), ls.averagePrecision());
            long t3 = System.nanoTime();
            float[] base = CountVectorBaseline.scores(parsed.sessions());
            ScoreIndex baseIndex = ScoreIndex.of(null, base, labels);
            LabelledScores bs = baseIndex.labelled().orElseThrow();
            Threshold atRate = new RateStrategy(0.03).choose(baseIndex);
            o.printf(Locale.ROOT, "Baseline, rarity of each block's event counts (no model, %.1f s): F1 at the top 3%%"
                    + " %.4f; best F1 %.4f; ROC-AUC %.4f; PR-AUC %.4f%n", (System.nanoTime() - t3) / 1e9,
                    bs.at(atRate.value()).f1(), bs.bestF1().confusion().f1(), bs.rocAuc(), bs.averagePrecision());
        }
    }
}
