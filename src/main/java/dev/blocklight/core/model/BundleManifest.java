// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.util.List;

/**
 * The JSON manifest of a model bundle ({@code blocklight-model.json}): what the model is, what it
 * knows and how it was trained. The network weights and the template snapshot are separate entries
 * of the bundle, named and checksummed here.
 *
 * @param format always {@link #FORMAT}; anything else is a foreign file
 * @param formatVersion layout version; newer versions are refused
 * @param createdAt ISO-8601 instant the model was trained
 * @param sourceLog name of the training log
 * @param config model and training settings (including the maximum length)
 * @param vocabulary every model event index's id and template text, E0 first
 * @param networkClasses network input/output classes (vocabulary plus padding and the end marker)
 * @param parameterCount number of network weights
 * @param networkEntry zip entry holding the DL4J ModelSerializer file
 * @param networkSha256 SHA-256 (hex) of that entry
 * @param templatesEntry zip entry holding the Drain template snapshot JSON, or null
 * @param templatesSha256 SHA-256 (hex) of that entry, or null
 * @param training how the model was trained
 * @param scoreQuantiles quantiles of the training blocks' scores
 * @param threshold chosen score threshold, NaN until set
 * @param eventShares share of the training blocks holding each vocabulary index (for the rarity term)
 * @param countProfile what the model knows about normal blocks' event counts; null in format 3
 */
public record BundleManifest(String format, int formatVersion, String createdAt, String sourceLog, ModelConfig config,
        List<Vocabulary.Entry> vocabulary, int networkClasses, long parameterCount, String networkEntry,
        String networkSha256, String templatesEntry, String templatesSha256, TrainingSummary training,
        List<ScoreQuantile> scoreQuantiles, double threshold, List<Double> eventShares,
        CountProfile.Stored countProfile) {
    /** The format marker. */
    public static final String FORMAT = "blocklight-model";
    /**
     * The layout version this code writes and reads. Version 2 added the end-marker class to the
     * network; a version 1 network has one class less and is refused. Version 3 added the rarity term
     * (the settings and the events' block shares); version 2 models are refused. Version 4 added the
     * count profile; a version 3 model still loads and scores with its network alone.
     */
    public static final int VERSION = 4;
    /** The oldest layout version still read. */
    public static final int OLDEST = 3;
    /** Name of the manifest entry. */
    public static final String ENTRY = "blocklight-model.json";
    static final String NETWORK_ENTRY = "network.dl4j.zip";
    static final String TEMPLATES_ENTRY = "templates.json";
}
