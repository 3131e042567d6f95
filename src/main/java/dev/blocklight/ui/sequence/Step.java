// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import dev.blocklight.core.parse.EventType;

/**
 * One step of the selected block's sequence.
 *
 * @param event the step's event
 * @param error its reconstruction error in nats, or NaN when no model scored it (no scores yet, or
 *     a step past the model's maximum length)
 */
public record Step(EventType event, float error) {
}
