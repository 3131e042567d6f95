// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.session.SessionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.CrashReportingUtil;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains the autoencoder on distinct sequences, each drawn as often as its weight
 * ({@code count^power}, see {@link ModelConfig#countWeightPower()}) says. A seeded share of the
 * blocks is held out; an epoch that does not lower its loss by at least 0.2% halves the learning
 * rate, and training stops after {@link ModelConfig#patience()} such epochs in a row, keeping the
 * weights of the epoch with the lowest loss. Minibatches are fitted in pairs on two replicas of
 * the network, one per core ({@link ReplicaFit}). The same data and seed give the same network, on
 * any number of threads. Cancellation is checked between minibatches.
 */
public final class Trainer {
    /** Relative loss decrease that counts as progress for the patience and the learning rate. */
    static final double MIN_GAIN = 0.002;
    /** Network replicas that fit minibatches side by side ({@link ReplicaFit}); 1 fits them one by one. */
    static final int REPLICAS = 2;
    private final ModelConfig config;
    private final int threads;
    private final int replicas;

    /** A trainer that scores the training blocks (for the quantiles) on all processors. */
    public Trainer(ModelConfig config) {
        this(config, Runtime.getRuntime().availableProcessors());
    }

    /** A trainer that uses {@code threads} cores: two for the replicas, all for the final scoring pass. */
    public Trainer(ModelConfig config, int threads) {
        this(config, threads, REPLICAS);
    }

    /** The same with {@code replicas} (1 or 2) network replicas fitting minibatches. */
    Trainer(ModelConfig config, int threads, int replicas) {
        if (replicas < 1 || replicas > 2) {
            throw new IllegalArgumentException("replicas must be 1 or 2, got " + replicas);
        }
        this.config = config;
        this.threads = threads;
        this.replicas = replicas;
    }

    /**
     * Trains on the blocks of a parse: all of them (unsupervised), or, when labels are given (as from
     * {@code Labels.of(sessions)}), only those labelled normal ({@code labels[b] == 0}); anomalous (1)
     * and unlabelled (-1) blocks are then left out.
     */
    public TrainingResult train(SessionStore sessions, EventTable events, byte[] labels, TrainingListener listener,
            Cancellation cancel) {
        Vocabulary vocabulary = Vocabulary.of(events);
        SequenceEncoder encoder = new SequenceEncoder(config.maxLength(), vocabulary.identity());
        SequenceSet data = labels == null ? encoder.encode(sessions) : encoder.encode(sessions, b -> labels[b] == 0);
        return train(data, vocabulary, labels == null ? CountProfile.UNSUPERVISED_TOLERANCE : 0, listener, cancel);
    }

    /** Trains on plain sequences numbered like the vocabulary (0 = unknown event). */
    public TrainingResult train(int[][] sequences, Vocabulary vocabulary, TrainingListener listener,
            Cancellation cancel) {
        SequenceSet data = new SequenceEncoder(config.maxLength(), vocabulary.identity()).encode(sequences);
        return train(data, vocabulary, listener, cancel);
    }

    /** Trains on encoded sequences whose labels are unknown (they may hold a few anomalies). */
    public TrainingResult train(SequenceSet data, Vocabulary vocabulary, TrainingListener listener,
            Cancellation cancel) {
        return train(data, vocabulary, CountProfile.UNSUPERVISED_TOLERANCE, listener, cancel);
    }

    /**
     * Trains on encoded sequences; {@code countTolerance} is the share of them that may break a count
     * relation the model keeps (0 when all are known to be normal).
     */
    public TrainingResult train(SequenceSet data, Vocabulary vocabulary, double countTolerance,
            TrainingListener listener, Cancellation cancel) {
        if (data.includedBlocks() == 0) {
            throw new IllegalArgumentException("there are no blocks to train on");
        }
        CrashReportingUtil.crashDumpsEnabled(false);
        NativeThreads.useOne();
        long start = System.nanoTime();
        Split split = Split.of(data, config.validationFraction(), config.countWeightPower(), config.seed());
        ComputationGraph net = AutoencoderNetwork.create(config, vocabulary.classes());
        int[][] seqs = data.sequences();
        Random random = new Random(config.seed() + 1);
        List<EpochReport> reports = new ArrayList<>();
        INDArray bestParams = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        double lastGain = Double.POSITIVE_INFINITY;
        int lastGainEpoch = 0;
        double rate = config.learningRate();
        try (ReplicaFit fitter = new ReplicaFit(net, replicas == 2, threads > 1)) {
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                long t0 = System.nanoTime();
                double trainLoss = fitEpoch(fitter, seqs, split, vocabulary.classes(), random, cancel);
                double valLoss = split.validation().length == 0 ? Double.NaN
                        : fitter.loss(seqs, split.validation(), split.validationWeights(), Scorer.BATCH, cancel);
                double judged = Double.isNaN(valLoss) ? trainLoss : valLoss;
                boolean best = judged < bestLoss;
                if (best) {
                    bestLoss = judged;
                    bestEpoch = epoch;
                    bestParams = net.params().dup();
                }
                boolean gain = judged < lastGain * (1 - MIN_GAIN);
                if (gain) {
                    lastGain = judged;
                    lastGainEpoch = epoch;
                }
                EpochReport report = new EpochReport(epoch, config.maxEpochs(), trainLoss, valLoss,
                        (System.nanoTime() - t0) / 1e9, best);
                reports.add(report);
                listener.onEpoch(report);
                if (epoch - lastGainEpoch >= config.patience()) {
                    break;
                }
                if (!gain) {
                    rate /= 2;
                    fitter.setLearningRate(rate);
                }
            }
        }
        if (bestParams != null) {
            net.setParams(bestParams);
        }
        TrainingSummary summary = new TrainingSummary(split.trainingBlocks(), split.validationBlocks(), data.size(),
                data.truncatedBlocks(), bestEpoch, split.validation().length == 0 ? Double.NaN : bestLoss,
                (System.nanoTime() - start) / 1e9, reports);
        EventRarity rarity = new EventRarity(EventRarity.shares(data, vocabulary.size()), config);
        CountProfile counts = CountProfile.learn(data, countTolerance);
        AutoencoderModel bare = new AutoencoderModel(config, vocabulary, net, null, null, rarity, counts);
        // the scores of the distinct training sequences, for the quantiles kept in the model
        float[] scores = bare.scorer(threads).score(data, List.of(), ProgressListener.NONE, cancel).distinctScores();
        ModelInfo info = new ModelInfo("", Instant.now(), summary, ScoreQuantile.of(scores, data.counts()),
                Double.NaN);
        return new TrainingResult(new AutoencoderModel(config, vocabulary, net, null, info, rarity, counts,
                bare.scoringPool()),
                summary);
    }

    /**
     * One epoch: as many draws as the training part has distinct sequences, but at least 20 and at
     * most 64 batches' worth (and no more than there are blocks). Each draw picks a sequence with
     * probability proportional to its weight, so every minibatch is an unweighted sample of the
     * tempered block distribution. Returns the mean step loss of the epoch.
     */
    private double fitEpoch(ReplicaFit fitter, int[][] seqs, Split split, int classes, Random random,
            Cancellation cancel) {
        int[] sample = split.sample(epochSize(split), random);
        List<int[]> plan = BatchBuilder.plan(seqs, sample, config.batchSize(), random);
        long steps = 0;
        for (int i : sample) {
            steps += seqs[i].length;
        }
        return fitter.fit(seqs, plan, classes, cancel) / steps;
    }

    private int epochSize(Split split) {
        long draws = Math.max(split.training().length, 20L * config.batchSize());
        draws = Math.min(draws, 64L * config.batchSize());
        return (int) Math.min(draws, split.trainingBlocks());
    }

}
