// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

/**
 * One of the events that contribute most to the selected block's score.
 *
 * @param id event id, such as {@code E9}
 * @param template the event's template text
 * @param steps the block's steps with this event
 * @param share its share of the block's total reconstruction error
 */
public record Contribution(String id, String template, int steps, double share) {
}
