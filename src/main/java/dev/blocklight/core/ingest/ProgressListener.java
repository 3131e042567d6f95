// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

/** Receives progress of a long job; called from a worker thread, at most a few times a second. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
