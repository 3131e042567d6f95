// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

/**
 * A snapshot of a long job's progress.
 *
 * @param done work done so far, in {@code unit}s (bytes for ingest, lines for generation)
 * @param total total work, or -1 when unknown (for example a gzip stream)
 * @param lines lines handled so far
 * @param elapsedNanos time since the job started
 */
public record Progress(long done, long total, long lines, long elapsedNanos, int templates) {

    /** Progress of a job that mines no templates. */
    public Progress(long done, long total, long lines, long elapsedNanos) {
        this(done, total, lines, elapsedNanos, -1);
    }

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    /** Lines handled per second so far. */
    public double linesPerSecond() {
        return elapsedNanos <= 0 ? 0 : lines * 1e9 / elapsedNanos;
    }
}
