// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.List;

/**
 * Everything needed to map tomorrow's log onto today's event ids: the line layout, the masking
 * rules, the Drain tree, the event id of every cluster, and the few masked contents that learning
 * put in another cluster than matching would. Serialised as JSON by {@link TemplateSnapshots}.
 *
 * @param formatVersion version of this JSON layout
 * @param logFormat the Loghub-style line layout
 * @param masking masking rules and block pattern
 * @param drain the exact Drain state
 * @param events the event of each cluster, in event order
 * @param learnedContents masked contents whose learned cluster differs from the one {@link Drain#match}
 *     finds on the final templates (Drain depends on the order of lines, so without these a log's own
 *     lines could get other events in match-only mode); empty in snapshots written before they were kept
 */
public record TemplateSnapshot(int formatVersion, String logFormat, MaskingConfig masking, DrainSnapshot drain,
        List<ClusterEvent> events, List<LearnedContent> learnedContents) {
    /** Current version of the layout. */
    public static final int VERSION = 1;

    public TemplateSnapshot {
        learnedContents = learnedContents == null ? List.of() : List.copyOf(learnedContents);
    }

    /** A snapshot without learned contents. */
    public TemplateSnapshot(int formatVersion, String logFormat, MaskingConfig masking, DrainSnapshot drain,
            List<ClusterEvent> events) {
        this(formatVersion, logFormat, masking, drain, events, List.of());
    }

    /** The event id and template a cluster maps to. */
    public record ClusterEvent(int cluster, String id, String template) {
    }

    /** A masked content (tokens joined by single spaces) and the cluster learning gave it. */
    public record LearnedContent(String content, int cluster) {
    }
}
