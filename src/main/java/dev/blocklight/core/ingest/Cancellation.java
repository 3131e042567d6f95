// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import java.util.concurrent.CancellationException;

/** Asked by long jobs between units of work; a cancelled job throws {@link CancellationException}. */
@FunctionalInterface
public interface Cancellation {
    /** Never cancelled. */
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
