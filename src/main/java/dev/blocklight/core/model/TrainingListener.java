// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/** Receives a report after every training epoch, on the training thread. */
@FunctionalInterface
public interface TrainingListener {
    /** A listener that ignores the reports. */
    TrainingListener NONE = r -> { };

    void onEpoch(EpochReport report);
}
