// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.analysis.AnalysisSummary;
import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.export.FlaggedCsv;
import dev.blocklight.core.export.FlaggedExport;
import dev.blocklight.core.export.LoghubCsv;
import dev.blocklight.core.export.ScoresCsv;
import dev.blocklight.core.export.StagedFolder;
import dev.blocklight.core.export.SummaryJson;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BundleWriter;
import dev.blocklight.core.model.TrainingSummary;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the output folder of {@code blocklight analyze}, all files or none, and says what it holds:
 * {@code scores.csv}, {@code flagged.csv}, {@code templates.csv}, {@code model.zip} (when trained
 * here) and {@code summary.json}, which is written last so its timings cover the other files.
 */
final class AnalysisFolder {
    static final String SCORES = "scores.csv";
    static final String FLAGGED = "flagged.csv";
    static final String TEMPLATES = "templates.csv";
    static final String MODEL = "model.zip";
    static final String SUMMARY = "summary.json";

    private AnalysisFolder() {
    }

    /**
     * What one analysis produced.
     *
     * @param log the log as given
     * @param parsed its parse
     * @param labels per block 1, 0 or -1, or null
     * @param labelsUsed the label file and how it was chosen, or null
     * @param scored every block's score, the index and the threshold applied
     * @param model the model that scored
     * @param trained how it was trained, or null when it was loaded
     * @param modelFile the bundle it was loaded from, or null when it was trained here
     */
    record Analysis(Path log, ParseResult parsed, byte[] labels, AnalysisSummary.LabelsUsed labelsUsed,
            ScoringRun.Outcome scored, AutoencoderModel model, TrainingSummary trained, Path modelFile) {
    }

    /** Writes every file into {@code out}; returns the summary it wrote. */
    static AnalysisSummary write(Path out, Analysis a, StageClock clock) throws IOException {
        AnalysisSummary[] written = new AnalysisSummary[1];
        StagedFolder.write(out, stage -> {
            Threshold t = a.scored().threshold();
            SessionScores blocks = a.scored().blocks(a.parsed().sessions());
            ScoresCsv.write(stage.resolve(SCORES), blocks, t.value(), a.labels());
            int flagged = FlaggedCsv.write(stage.resolve(FLAGGED),
                    FlaggedExport.of(blocks, a.parsed().events(), t, a.labels()));
            LoghubCsv.writeTemplates(a.parsed().events(), stage.resolve(TEMPLATES));
            if (a.trained() != null) {
                new BundleWriter().write(a.model(), stage.resolve(MODEL));
            }
            clock.exported();
            written[0] = summary(a, flagged, out, clock);
            SummaryJson.write(stage.resolve(SUMMARY), written[0]);
        });
        return written[0];
    }

    private static AnalysisSummary summary(Analysis a, int flagged, Path out, StageClock clock) {
        TrainingSummary t = a.trained();
        AnalysisSummary.ModelUsed model = t == null
                ? new AnalysisSummary.ModelUsed(absolute(a.modelFile()), false, null, null, null, null, null)
                : new AnalysisSummary.ModelUsed(absolute(out.resolve(MODEL)), true,
                        a.labels() == null ? "all blocks" : "normal blocks", t.trainingBlocks(), t.validationBlocks(),
                        t.epochs().size(), t.bestEpoch());
        LabelledScores labelled = a.scored().index().labelled().orElse(null);
        long rss = PeakRss.bytes();
        return new AnalysisSummary(absolute(a.log()), a.parsed().stats().lines(), a.parsed().stats().blocks(),
                a.parsed().stats().events(), a.scored().scores().distinctSequences(), a.labelsUsed(), model,
                AnalysisSummary.ThresholdUsed.of(a.scored().threshold()), flagged, clock.stages(),
                rss < 0 ? null : rss, AnalysisSummary.Quality.of(labelled, a.scored().threshold().value()));
    }

    /** The label file as the summary names it, with the blocks of this log that it labels. */
    static AnalysisSummary.LabelsUsed labelsUsed(Path file, boolean given, byte[] labels) {
        long labelled = 0;
        long anomalies = 0;
        for (byte l : labels) {
            labelled += l >= 0 ? 1 : 0;
            anomalies += l == 1 ? 1 : 0;
        }
        return new AnalysisSummary.LabelsUsed(absolute(file), given ? "--labels" : "beside the log", labelled,
                anomalies);
    }

    /** The short account on standard output. */
    static void report(PrintWriter o, Path out, AnalysisSummary s) {
        o.printf(Locale.ROOT, "Threshold %s = %.6g: %s%n", s.threshold().spec(), s.threshold().value(),
                s.threshold().rationale());
        o.printf(Locale.ROOT, "Flagged %,d of %,d blocks (%.2f%%)%n", s.flagged(), s.blocks(),
                s.blocks() == 0 ? 0.0 : 100.0 * s.flagged() / s.blocks());
        AnalysisSummary.Quality q = s.quality();
        if (q != null) {
            o.printf(Locale.ROOT, "Against the labels (%,d anomalous): precision %s, recall %s, F1 %s, PR-AUC %s%n",
                    q.anomalies(), num(q.precision()), num(q.recall()), num(q.f1()), num(q.prAuc()));
        }
        AnalysisSummary.Stages t = s.seconds();
        o.printf(Locale.ROOT, "Time: parse %.1f s, %s score %.1f s, export %.1f s; total %.1f s; peak RSS %s%n",
                t.parse(), t.train() != null ? String.format(Locale.ROOT, "train %.1f s,", t.train())
                        : String.format(Locale.ROOT, "load model %.1f s,", t.load()), t.score(), t.export(),
                t.total(), s.peakRssBytes() == null ? "n/a" : Human.bytes(s.peakRssBytes()));
        o.println("Wrote " + out + ": " + SCORES + ", " + FLAGGED + ", " + TEMPLATES
                + (s.model().trainedHere() ? ", " + MODEL : "") + ", " + SUMMARY);
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
