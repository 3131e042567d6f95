// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.detect.ScoredBlocks;
import dev.blocklight.core.detect.SeverityBands;
import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.parse.EventTable;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What {@link FlaggedCsv} writes: the scored blocks, the event table that names their events, the
 * threshold and its severity bands, and optional labels.
 *
 * @param blocks the scored blocks
 * @param events names and templates of the event indices in {@code blocks}
 * @param threshold blocks scoring strictly above it are written
 * @param bands severity bands for that threshold
 * @param labels per block 1 anomaly, 0 normal, -1 unknown; null leaves out the Label column
 * @param zone how to show timestamps; block times are the log's own wall-clock times stored as
 *     UTC epoch seconds, so UTC reproduces them as written in the log
 */
public record FlaggedExport(ScoredBlocks blocks, EventTable events, Threshold threshold, SeverityBands bands,
        byte[] labels, ZoneId zone) {

    public FlaggedExport {
        if (labels != null && labels.length != blocks.count()) {
            throw new IllegalArgumentException("labels for " + labels.length + " blocks but " + blocks.count()
                    + " scored blocks");
        }
        if (bands.threshold() != threshold.value()) {
            throw new IllegalArgumentException("severity bands are for threshold " + bands.threshold() + ", not "
                    + threshold.value());
        }
    }

    /** Severity bands computed from the blocks' scores, times shown as in the log. */
    public static FlaggedExport of(ScoredBlocks blocks, EventTable events, Threshold threshold, byte[] labels) {
        SeverityBands bands = SeverityBands.of(SortedScores.of(blocks.scores()), threshold.value());
        return new FlaggedExport(blocks, events, threshold, bands, labels, ZoneOffset.UTC);
    }
}
