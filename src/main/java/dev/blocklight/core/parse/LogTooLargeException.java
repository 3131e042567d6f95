// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.io.IOException;

/**
 * A log whose parse would not fit in this Java's heap, said before the work (or within seconds of
 * it) instead of an out-of-memory error after minutes. The message is one sentence that names the
 * heap the log needs and the {@code -Xmx} to run with ({@link MemoryEstimate}).
 */
public final class LogTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient MemoryEstimate estimate;

    public LogTooLargeException(String message, MemoryEstimate estimate) {
        super(message);
        this.estimate = estimate;
    }

    /** The estimate the refusal was based on. */
    public MemoryEstimate estimate() {
        return estimate;
    }
}
