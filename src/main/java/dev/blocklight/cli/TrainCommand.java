// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.model.BundleWriter;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.model.TrainingSummary;
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

/** {@code blocklight train}: trains the LSTM autoencoder on a log and writes a model bundle. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the LSTM autoencoder on a log's block sequences and writes a model bundle (.zip).",
            "Unsupervised on all blocks, or on the blocks labelled Normal when --labels is given.",
            "The model keeps the normal blocks' event counts and the relations between them; the default threshold is "
                + ThresholdSpecs.DEFAULT_SPEC + " without labels and " + ThresholdSpecs.DEFAULT_WITH_LABELS_SPEC
                + " with them."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The log (plain, .gz, or a Loghub *_structured.csv).")
    Path log;

    @Option(names = "--model", required = true, paramLabel = "OUT.zip", description = "The model bundle to write.")
    Path model;

    @Mixin
    TrainingOptions training;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ParseOptions parse;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ThresholdStrategy strategy = modelOptions.strategy(null);
        ModelConfig config = training.config();
        ParseResult parsed = ParseCommand.parseWithProgress(parse, log, err);
        ParseCommand.report(o, parsed.stats());
        byte[] labels = modelOptions.labels(parsed.sessions(), o);
        TrainingRun.Outcome run = TrainingRun.train(parsed, labels, config, modelOptions.threads(), strategy,
                log.getFileName().toString(), parse.format().pattern(), r -> TrainingOptions.epoch(err, r),
                Cancellation.NEVER);
        new BundleWriter().write(run.model(), model);
        TrainingSummary s = run.result().summary();
        o.printf(Locale.ROOT, "Trained on %,d blocks (%,d held out, %,d distinct sequences, %,d truncated) in %.1f s;"
                + " best epoch %d%n", s.trainingBlocks(), s.validationBlocks(), s.distinctSequences(),
                s.truncatedBlocks(), s.seconds(), s.bestEpoch());
        o.printf(Locale.ROOT, "Threshold %s: %s%n", run.threshold().spec(), run.threshold().rationale());
        o.println("Wrote " + model);
        return 0;
    }
}
