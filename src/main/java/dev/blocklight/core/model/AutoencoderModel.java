// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.TemplateSnapshot;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * A trained LSTM autoencoder with everything needed to score another log: its vocabulary (template
 * text of every event), settings, the template snapshot of its training log, what it knows about
 * normal blocks' event counts ({@link CountProfile}) and facts about its training. Immutable; the network is never trained further once wrapped here. Its scoring threads
 * live between scoring runs (see {@link ScoringPool}); {@link #close()} ends them early.
 */
public final class AutoencoderModel implements AutoCloseable {
    private final ModelConfig config;
    private final Vocabulary vocabulary;
    private final ComputationGraph network;
    private final TemplateSnapshot templates;
    private final ModelInfo info;
    private final ScoringPool pool;
    private final EventRarity rarity;
    private final CountProfile counts;

    /** @param counts the count profile, or null for a model without one (its scores use the network alone) */
    AutoencoderModel(ModelConfig config, Vocabulary vocabulary, ComputationGraph network, TemplateSnapshot templates,
            ModelInfo info, EventRarity rarity, CountProfile counts) {
        this(config, vocabulary, network, templates, info, rarity, counts, new ScoringPool(network));
    }

    /** A model that shares {@code pool} (which must serve {@code network}) with another. */
    AutoencoderModel(ModelConfig config, Vocabulary vocabulary, ComputationGraph network, TemplateSnapshot templates,
            ModelInfo info, EventRarity rarity, CountProfile counts, ScoringPool pool) {
        this.pool = pool;
        this.counts = counts;
        this.rarity = rarity;
        this.config = config;
        this.vocabulary = vocabulary;
        this.network = network;
        this.templates = templates;
        this.info = info;
    }

    public ModelConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The template snapshot of the training log, or null when trained on bare sequences. */
    public TemplateSnapshot templates() {
        return templates;
    }

    public ModelInfo info() {
        return info;
    }

    /** Number of network weights. */
    public long parameterCount() {
        return network.numParams();
    }

    /** How rare each event was in training; scores add the rarest event's cost. */
    EventRarity rarity() {
        return rarity;
    }

    /** What the model knows about normal event counts, or null for a model trained before it kept them. */
    CountProfile counts() {
        return counts;
    }

    /** True when scores include the count term (models from before it have none). */
    public boolean hasCountProfile() {
        return counts != null;
    }

    ComputationGraph network() {
        return network;
    }

    ScoringPool scoringPool() {
        return pool;
    }

    /**
     * Ends the scoring threads now rather than after {@link ScoringPool#IDLE_SECONDS} idle. The model
     * stays usable (a later scoring starts new threads); its threshold and source variants share them.
     */
    @Override
    public void close() {
        pool.close();
    }

    /** A scorer using all processors. */
    public Scorer scorer() {
        return new Scorer(this, Runtime.getRuntime().availableProcessors());
    }

    /** A scorer using {@code threads} network copies in parallel. */
    public Scorer scorer(int threads) {
        return new Scorer(this, threads);
    }

    /** The same model with a chosen threshold. */
    public AutoencoderModel withThreshold(double threshold) {
        return new AutoencoderModel(config, vocabulary, network, templates, new ModelInfo(info.sourceLog(),
                info.created(), info.training(), info.quantiles(), threshold), rarity, counts, pool);
    }

    /** The same model naming its training log and carrying that log's template snapshot (may be null). */
    public AutoencoderModel withSource(String sourceLog, TemplateSnapshot snapshot) {
        return new AutoencoderModel(config, vocabulary, network, snapshot, new ModelInfo(sourceLog,
                info.created(), info.training(), info.quantiles(), info.threshold()), rarity, counts, pool);
    }
}
