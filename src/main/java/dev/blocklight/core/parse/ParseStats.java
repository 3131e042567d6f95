// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.List;

/**
 * Counts from one parse. Lines that do not match the layout are never dropped silently: they are
 * counted, and the first {@value #MAX_SAMPLES} are kept by line number and offset.
 *
 * @param lines every line, including blank and unparsed ones
 * @param bytes bytes read (decompressed)
 * @param blankLines empty lines
 * @param unparsedLines non-empty lines that do not match the layout
 * @param unparsedSamples the first unparsed lines
 * @param linesWithoutBlock parsed lines that name no block
 * @param blocks distinct blocks
 * @param events events mined (without the unknown event)
 * @param unknownLines lines that matched no frozen template (match-only mode)
 * @param distinctContents distinct masked contents
 * @param elapsedNanos wall time of the parse
 */
public record ParseStats(long lines, long bytes, long blankLines, long unparsedLines, List<LineRef> unparsedSamples,
        long linesWithoutBlock, int blocks, int events, long unknownLines, int distinctContents, long elapsedNanos) {
    /** How many unparsed lines are kept as samples. */
    public static final int MAX_SAMPLES = 20;

    /** A line by 1-based number and byte offset. */
    public record LineRef(long lineNumber, long offset) {
    }

    public double linesPerSecond() {
        return elapsedNanos <= 0 ? 0 : lines * 1e9 / elapsedNanos;
    }
}
