// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/**
 * What a generator run wrote.
 *
 * @param lines log lines written
 * @param bytes bytes of log written (before any compression by the caller's stream)
 * @param blocks distinct blocks named in the log (rows of the label file)
 * @param anomalousBlocks blocks labelled {@code Anomaly}
 */
public record GenerationSummary(long lines, long bytes, long blocks, long anomalousBlocks) {
}
