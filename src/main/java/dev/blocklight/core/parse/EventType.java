// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * One mined event: its dense index (0 is the unknown event), its Loghub-style id such as
 * {@code E7}, its template text, how many lines it covers, and the offset of its first line.
 */
public record EventType(int index, String id, String template, long occurrences, long firstOffset) {
    /** Id of the event that stands for lines no known template matches. */
    public static final String UNKNOWN_ID = "E0";
    /** Template text of the unknown event. */
    public static final String UNKNOWN_TEMPLATE = "<unknown>";
}
