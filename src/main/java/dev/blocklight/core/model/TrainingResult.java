// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/**
 * A trained model and how its training went. Name its source with
 * {@link AutoencoderModel#withSource} before saving it.
 */
public record TrainingResult(AutoencoderModel model, TrainingSummary summary) {
}
