// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Locale;

/**
 * One event whose count in a block differs from the nearest normal-looking training block.
 *
 * @param event the event's id, such as {@code E26}
 * @param count how often the block has it
 * @param normal how often the nearest normal-looking training block has it
 * @param neverNormal true when no normal-looking training block has the event at all
 */
public record CountDiff(String event, int count, int normal, boolean neverNormal) {
    /** In words, for example {@code E26 2x, normal blocks 3x} or {@code E9 1x, never in normal blocks}. */
    public String describe() {
        return neverNormal ? String.format(Locale.ROOT, "%s %dx, never in normal blocks", event, count)
                : String.format(Locale.ROOT, "%s %dx, normal blocks %dx", event, count, normal);
    }
}
