// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.List;

/**
 * Everything needed to map tomorrow's log onto today's event ids: the line layout, the masking
 * rules, the Drain tree and the event id of every cluster. Serialised as JSON by
 * {@link TemplateSnapshots}.
 *
 * @param formatVersion version of this JSON layout
 * @param logFormat the Loghub-style line layout
 * @param masking masking rules and block pattern
 * @param drain the exact Drain state
 * @param events the event of each cluster, in event order
 */
public record TemplateSnapshot(int formatVersion, String logFormat, MaskingConfig masking, DrainSnapshot drain,
        List<ClusterEvent> events) {
    /** Current version of the layout. */
    public static final int VERSION = 1;

    /** The event id and template a cluster maps to. */
    public record ClusterEvent(int cluster, String id, String template) {
    }
}
