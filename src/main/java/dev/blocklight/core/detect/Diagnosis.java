// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.List;
import java.util.Optional;

/**
 * What a threshold does to one scored log, in numbers and in plain sentences. Made by
 * {@link Diagnostician#diagnose(Threshold)}.
 *
 * @param threshold the threshold explained
 * @param blocks blocks in the log
 * @param flagged blocks scoring strictly above the threshold
 * @param expected the rate one would expect, or null when neither labels nor training scores are known
 * @param confusion counts against the labels, or null without labels
 * @param bands severity bands of the flagged blocks
 * @param shift training-to-log shift, or null without training scores
 * @param topEvents events that contribute most to the flagged blocks (empty when not computed)
 * @param findings plain sentences, the most important first
 */
public record Diagnosis(Threshold threshold, int blocks, int flagged, ExpectedRate expected, Confusion confusion,
        SeverityBands bands, Shift shift, List<EventContribution> topEvents, List<String> findings) {

    public Diagnosis {
        topEvents = List.copyOf(topEvents);
        findings = List.copyOf(findings);
    }

    /** Flagged share of the blocks; NaN for an empty log. */
    public double rate() {
        return blocks == 0 ? Double.NaN : (double) flagged / blocks;
    }

    public Optional<Confusion> labelled() {
        return Optional.ofNullable(confusion);
    }

    /** The first, most important finding. */
    public String headline() {
        return findings.get(0);
    }

    /**
     * The flagged rate one would expect.
     *
     * @param rate the expected share of flagged blocks
     * @param source "labels" (the labelled anomaly share) or "training" (the share of training
     *     scores above the threshold: the false-alarm rate on data like the training data)
     */
    public record ExpectedRate(double rate, String source) {
        public static final String LABELS = "labels";
        public static final String TRAINING = "training";

        public boolean fromLabels() {
            return LABELS.equals(source);
        }
    }
}
