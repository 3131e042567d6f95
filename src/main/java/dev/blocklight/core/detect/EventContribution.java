// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * How much one event accounts for the flagged blocks.
 *
 * @param event the event index (into the parse's event table)
 * @param flaggedBlocks flagged blocks that contain the event
 * @param errorShare share of the flagged blocks' total reconstruction error that falls on this
 *     event's steps (share of steps when the model gives no per-step errors)
 * @param lift how much more often flagged blocks contain the event than blocks overall (1 = as often)
 */
public record EventContribution(int event, int flaggedBlocks, double errorShare, double lift) {
}
