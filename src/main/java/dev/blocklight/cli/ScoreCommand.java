// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.EventContributionIndex;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.export.FlaggedCsv;
import dev.blocklight.core.export.FlaggedExport;
import dev.blocklight.core.export.ScoresCsv;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BundleReader;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blocklight score}: scores every block of a log with a model bundle. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores every block of a log with a model bundle and writes BlockId,Score,EventCount,"
            + "Threshold,Label.", "With --flagged it also exports the flagged blocks; --diagnose explains the threshold."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The log (plain, .gz, or a Loghub *_structured.csv).")
    Path log;

    @Option(names = "--model", required = true, paramLabel = "M.zip", description = "The model bundle.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "scores.csv", description = "Per-block scores to write.")
    Path out;

    @Option(names = "--flagged", paramLabel = "flagged.csv", description = "Also write the flagged blocks.")
    Path flagged;

    @Option(names = "--diagnose", description = "Print the diagnosis of the threshold.")
    boolean diagnose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ParseOptions parse;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        ThresholdStrategy strategy = modelOptions.strategy(null);
        AutoencoderModel m = new BundleReader().read(model);
        if (!m.hasCountProfile()) {
            o.println("Note: " + model.getFileName() + " was trained by an older Blocklight and keeps no normal event "
                    + "counts; its scores use the network alone. Train it again to check counts too.");
        }
        ParseResult parsed = ParseCommand.parseWithProgress(parse, log, ScoringRun.minerFor(m),
                spec.commandLine().getErr());
        ParseCommand.report(o, parsed.stats());
        byte[] labels = modelOptions.labels(parsed.sessions(), o);
        long t0 = System.nanoTime();
        ScoringRun.Outcome run = ScoringRun.score(m, parsed, labels, strategy, modelOptions.threads(),
                ProgressListener.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (EventType e : run.scores().unmatchedEvents()) {
            o.printf("Warning: event %s (%s) is unknown to the model and scored as unknown%n", e.id(), e.template());
        }
        SessionScores blocks = run.blocks(parsed.sessions());
        ScoresCsv.write(out, blocks, run.threshold().value(), labels);
        Diagnosis d = new Diagnostician(run.index()).diagnose(run.threshold());
        o.printf(Locale.ROOT, "Scored %,d blocks (%,d distinct sequences, %,d truncated) in %.2f s%n",
                run.scores().blockCount(), run.scores().distinctSequences(), run.scores().truncatedBlocks(), seconds);
        o.printf(Locale.ROOT, "Threshold %s = %s: %,d blocks flagged (%.2f%%)%n", run.threshold().spec(),
                String.format(Locale.ROOT, "%.6g", run.threshold().value()), d.flagged(), d.rate() * 100);
        if (flagged != null) {
            int rows = FlaggedCsv.write(flagged, FlaggedExport.of(blocks, parsed.events(), run.threshold(), labels));
            o.printf("Wrote %,d flagged blocks to %s%n", rows, flagged);
        }
        if (diagnose) {
            Diagnosis full = new Diagnostician(run.index(), EventContributionIndex.build(blocks)).diagnose(run.threshold());
            DiagnosisPrinter.print(o, full, parsed.events());
        }
        return 0;
    }
}
