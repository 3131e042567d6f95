// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.model.EpochReport;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.ParseResult;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Trains the LSTM autoencoder on the open log in the background, reporting every epoch; cancelling
 * stops it between batches.
 */
final class TrainTask extends Task<TrainingRun.Outcome> {
    private final ParseResult parsed;
    private final byte[] labels;
    private final ModelConfig config;
    private final String sourceLog;
    private final Consumer<EpochReport> epochs;

    TrainTask(ParseResult parsed, byte[] labels, ModelConfig config, String sourceLog, Consumer<EpochReport> epochs) {
        this.parsed = parsed;
        this.labels = labels;
        this.config = config;
        this.sourceLog = sourceLog;
        this.epochs = epochs;
        updateTitle("Train model");
        updateMessage("Waiting to train");
    }

    @Override
    protected TrainingRun.Outcome call() {
        updateMessage(labels == null ? "Training on all blocks" : "Training on the blocks labelled normal");
        int threads = Runtime.getRuntime().availableProcessors();
        return TrainingRun.train(parsed, labels, config, threads, null, sourceLog,
                LogFormat.HDFS, this::onEpoch, this::isCancelled);
    }

    private void onEpoch(EpochReport r) {
        updateProgress(r.epoch(), r.maxEpochs());
        updateMessage(String.format(Locale.ROOT, "Epoch %d/%d: loss %.3f, validation %.3f (%.1f s)", r.epoch(),
                r.maxEpochs(), r.trainingLoss(), r.validationLoss(), r.seconds()));
        Platform.runLater(() -> epochs.accept(r));
    }
}
