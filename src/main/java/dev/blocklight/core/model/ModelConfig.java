// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * Settings of the LSTM autoencoder and its training. The defaults were chosen by measurement on the
 * Loghub HDFS_v1 sequences (about 30 events, a median of 19 steps); see the README.
 *
 * @param maxLength steps kept per block; longer blocks are truncated (and counted)
 * @param embeddingSize size of the learned event embedding
 * @param encoderSize LSTM encoder units
 * @param bottleneckSize size of the code between encoder and decoder
 * @param decoderSize LSTM decoder units
 * @param maxEpochs upper bound of training epochs (early stopping usually ends sooner)
 * @param patience epochs without a better validation loss before training stops
 * @param batchSize sequences per minibatch
 * @param learningRate Adam learning rate
 * @param seed seed of weights, shuffling and the validation split
 * @param validationFraction share of the training blocks held out for early stopping
 * @param countWeightPower a distinct sequence seen n times weighs n^power in training: 1 trains as
 *     if on every block, 0 on each distinct sequence once; in between damps rare (often anomalous) ones
 * @param rareEventShare an event found in fewer than this share of the training blocks is rare and adds to
 *     the score of every block holding it (see {@link EventRarity}); 0 turns the rarity term off
 * @param rareEventWeight nats added per e-fold of rarity below {@code rareEventShare}
 */
public record ModelConfig(int maxLength, int embeddingSize, int encoderSize, int bottleneckSize, int decoderSize,
        int maxEpochs, int patience, int batchSize, double learningRate, long seed, double validationFraction,
        double countWeightPower, double rareEventShare, double rareEventWeight) {

    public ModelConfig {
        positive("maxLength", maxLength);
        positive("embeddingSize", embeddingSize);
        positive("encoderSize", encoderSize);
        positive("bottleneckSize", bottleneckSize);
        positive("decoderSize", decoderSize);
        positive("maxEpochs", maxEpochs);
        positive("patience", patience);
        positive("batchSize", batchSize);
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learning rate must be between 0 and 1, got " + learningRate);
        }
        if (!(validationFraction >= 0 && validationFraction < 0.9)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 0.9), got " + validationFraction);
        }
        if (!(countWeightPower >= 0 && countWeightPower <= 1)) {
            throw new IllegalArgumentException("count weight power must be in [0, 1], got " + countWeightPower);
        }
        if (!(rareEventShare >= 0 && rareEventShare < 1)) {
            throw new IllegalArgumentException("rare event share must be in [0, 1), got " + rareEventShare);
        }
        if (!(rareEventWeight >= 0 && rareEventWeight <= 100)) {
            throw new IllegalArgumentException("rare event weight must be in [0, 100], got " + rareEventWeight);
        }
    }

    /** The measured defaults. */
    public static ModelConfig defaults() {
        return new ModelConfig(64, 16, 32, 16, 32, 12, 3, 256, 0.01, 42L, 0.1, 0.75, 0.01, 1.0);
    }

    public ModelConfig withMaxLength(int value) {
        return new ModelConfig(value, embeddingSize, encoderSize, bottleneckSize, decoderSize, maxEpochs, patience,
                batchSize, learningRate, seed, validationFraction, countWeightPower,
                rareEventShare, rareEventWeight);
    }

    public ModelConfig withEpochs(int value, int newPatience) {
        return new ModelConfig(maxLength, embeddingSize, encoderSize, bottleneckSize, decoderSize, value, newPatience,
                batchSize, learningRate, seed, validationFraction, countWeightPower,
                rareEventShare, rareEventWeight);
    }

    public ModelConfig withSeed(long value) {
        return new ModelConfig(maxLength, embeddingSize, encoderSize, bottleneckSize, decoderSize, maxEpochs, patience,
                batchSize, learningRate, value, validationFraction, countWeightPower,
                rareEventShare, rareEventWeight);
    }

    public ModelConfig withSizes(int embedding, int encoder, int bottleneck, int decoder) {
        return new ModelConfig(maxLength, embedding, encoder, bottleneck, decoder, maxEpochs, patience,
                batchSize, learningRate, seed, validationFraction, countWeightPower,
                rareEventShare, rareEventWeight);
    }

    public ModelConfig withTraining(int batch, double rate, double weightPower) {
        return new ModelConfig(maxLength, embeddingSize, encoderSize, bottleneckSize, decoderSize, maxEpochs, patience,
                batch, rate, seed, validationFraction, weightPower, rareEventShare, rareEventWeight);
    }

    /** The same settings with another rarity term ({@code share} 0 turns it off). */
    public ModelConfig withRareEvents(double share, double weight) {
        return new ModelConfig(maxLength, embeddingSize, encoderSize, bottleneckSize, decoderSize, maxEpochs, patience,
                batchSize, learningRate, seed, validationFraction, countWeightPower, share, weight);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
