// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.model.EpochReport;
import dev.blocklight.core.model.ModelConfig;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Training options shared by the commands that train a model: epochs, sequence length and seed. */
final class TrainingOptions {
    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (early stopping may end sooner).")
    Integer epochs;

    @Option(names = "--max-len", paramLabel = "L", description = "Longest sequence; longer blocks are truncated.")
    Integer maxLength;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (same seed, same model).")
    Long seed;

    /** Whether any of these options was given. */
    boolean given() {
        return epochs != null || maxLength != null || seed != null;
    }

    /** The default model settings with these options applied. */
    ModelConfig config() {
        ModelConfig c = ModelConfig.defaults();
        if (epochs != null) {
            c = c.withEpochs(epochs, Math.min(c.patience(), epochs));
        }
        if (maxLength != null) {
            c = c.withMaxLength(maxLength);
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        return c;
    }

    /** Prints one epoch's progress line to standard error. */
    static void epoch(PrintWriter err, EpochReport r) {
        err.printf(Locale.ROOT, "epoch %d/%d: loss %.4f, validation %.4f, %.1f s%s%n", r.epoch(), r.maxEpochs(),
                r.trainingLoss(), r.validationLoss(), r.seconds(), r.best() ? " (best)" : "");
        err.flush();
    }
}
