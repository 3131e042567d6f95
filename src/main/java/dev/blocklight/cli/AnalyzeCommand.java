// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.AnalysisSummary;
import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.export.StagedFolder;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BundleReader;
import dev.blocklight.core.model.TrainingResult;
import dev.blocklight.core.model.TrainingSummary;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blocklight analyze}: the whole job on one log, parse once, train or load, score, export. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"The whole job on one log: parses it once, trains a model on it (or applies --model), scores "
                + "every block, chooses the threshold and writes everything to the output folder.",
            "Writes scores.csv, flagged.csv, templates.csv, model.zip (when trained here) and summary.json, all of "
                + "them or none. With labels (--labels, or the X_anomaly_label.csv beside X.log) the model trains "
                + "on the normal blocks and the summary holds precision, recall, F1 and PR-AUC.",
            "Default threshold: gap without labels, max with them; with --model, the model's own."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The log (plain, .gz, or a Loghub *_structured.csv).")
    Path log;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--model", paramLabel = "M.zip", description = "Score with this model bundle (its templates and "
            + "its threshold unless --threshold) instead of training one.")
    Path model;

    @Option(names = "--no-labels", description = "Ignore the label file beside the log (train without labels).")
    boolean noLabels;

    @Mixin
    TrainingOptions training;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ParseOptions parse;

    @Override
    public Integer call() throws IOException {
        StageClock clock = new StageClock(System.nanoTime());
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkUsage();
        StagedFolder.requireFolder(out);
        ThresholdStrategy strategy = modelOptions.strategy(null);
        int threads = modelOptions.threads();
        AutoencoderModel loaded = null;
        if (model != null) {
            loaded = readModel(o);
            clock.loaded();
        }
        Path labelFile = labelFile();
        if (strategy != null && strategy.spec().equals("bestf1") && labelFile == null) {
            throw new ParameterException(spec.commandLine(), "--threshold bestf1 needs labels (--labels, or "
                    + LabelReader.besideLog(log).getFileName() + " beside the log)");
        }
        Labels labels = labelFile == null ? null : LabelReader.read(labelFile);
        ParseResult parsed = ParseCommand.parseWithProgress(parse, log,
                loaded == null ? null : ScoringRun.minerFor(loaded), err);
        clock.parsed();
        ParseCommand.report(o, parsed.stats());
        requireBlocks(parsed.stats());
        byte[] perBlock = labels == null ? null : labels.of(parsed.sessions());
        AnalysisSummary.LabelsUsed used = null;
        if (labels != null) {
            used = AnalysisFolder.labelsUsed(labelFile, modelOptions.labels != null, perBlock);
            if (used.labelledBlocks() == 0) {
                throw new IOException(labelFile + " labels none of the " + String.format(Locale.ROOT, "%,d",
                        parsed.stats().blocks()) + " blocks of " + log + " (labels of another log?)");
            }
            o.println("Labels (" + used.source() + ", " + labelFile + "): " + labels.summary());
        }
        AnalysisFolder.Analysis a = loaded != null ? score(loaded, parsed, perBlock, used, strategy, threads, clock)
                : train(parsed, perBlock, used, strategy, threads, err, o, clock);
        for (EventType e : a.scored().scores().unmatchedEvents()) {
            o.printf("Warning: event %s (%s) is unknown to the model and scored as unknown%n", e.id(), e.template());
        }
        AnalysisSummary summary = AnalysisFolder.write(out, a, clock);
        AnalysisFolder.report(o, out, summary);
        return 0;
    }

    private AnalysisFolder.Analysis train(ParseResult parsed, byte[] labels, AnalysisSummary.LabelsUsed used,
            ThresholdStrategy strategy, int threads, PrintWriter err, PrintWriter o, StageClock clock) {
        TrainingResult fitted = TrainingRun.fit(parsed, labels, training.config(), threads,
                r -> TrainingOptions.epoch(err, r), Cancellation.NEVER);
        clock.trained();
        TrainingSummary s = fitted.summary();
        o.printf(Locale.ROOT, "Trained on %,d %s (%,d held out, %,d distinct sequences) in %.1f s; best epoch %d of %d%n",
                s.trainingBlocks(), labels == null ? "blocks" : "normal blocks", s.validationBlocks(),
                s.distinctSequences(), s.seconds(), s.bestEpoch(), s.epochs().size());
        TrainingRun.Outcome run = TrainingRun.finish(fitted, parsed, labels, threads, null,
                log.getFileName().toString(), parse.format().pattern(), Cancellation.NEVER);
        ScoreIndex index = ScoreIndex.of(run.trainingScores(), run.scores().scores(), labels);
        Threshold threshold = strategy == null ? run.threshold() : strategy.choose(index);
        AutoencoderModel m = strategy == null ? run.model() : run.model().withThreshold(threshold.value());
        clock.scored();
        return new AnalysisFolder.Analysis(log, parsed, labels, used, new ScoringRun.Outcome(run.scores(), index,
                threshold), m, s, null);
    }

    private AnalysisFolder.Analysis score(AutoencoderModel m, ParseResult parsed, byte[] labels,
            AnalysisSummary.LabelsUsed used, ThresholdStrategy strategy, int threads, StageClock clock) {
        ScoringRun.Outcome run = ScoringRun.score(m, parsed, labels, strategy, threads, ProgressListener.NONE,
                Cancellation.NEVER);
        clock.scored();
        return new AnalysisFolder.Analysis(log, parsed, labels, used, run, m, null, model);
    }

    private AutoencoderModel readModel(PrintWriter o) throws IOException {
        AutoencoderModel m = new BundleReader().read(model);
        if (!m.hasCountProfile()) {
            o.println("Note: " + model.getFileName() + " was trained by an older Blocklight and keeps no normal event "
                    + "counts; its scores use the network alone. Train it again to check counts too.");
        }
        return m;
    }

    private void checkUsage() {
        if (model != null && training.given()) {
            throw new ParameterException(spec.commandLine(),
                    "--epochs, --max-len and --seed set how a model trains; they do not apply with --model");
        }
        if (noLabels && modelOptions.labels != null) {
            throw new ParameterException(spec.commandLine(), "--labels and --no-labels contradict each other");
        }
    }

    /** --labels, else the label file beside the log when it exists (unless --no-labels), else none. */
    private Path labelFile() {
        if (modelOptions.labels != null) {
            return modelOptions.labels;
        }
        Path beside = LabelReader.besideLog(log);
        return noLabels || !Files.isRegularFile(beside) ? null : beside;
    }

    private void requireBlocks(ParseStats s) throws IOException {
        if (s.lines() == s.blankLines()) {
            throw new IOException(log + " holds no log lines (" + (s.lines() == 0 ? "it is empty" : "only blank lines")
                    + ")");
        }
        if (s.blocks() == 0) {
            throw new IOException(log + " names no block (no match for --block-pattern), so there is nothing to score");
        }
    }
}
