// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Keeps ND4J's native operations single-threaded. Our sequences are short and our matrices small,
 * so a multi-threaded op mostly waits for its helper threads; on a busy 2-core machine one training
 * step took 160-230 ms with ND4J's default threads against 80-100 ms with one (see the README).
 * Parallelism comes from our own scoring threads instead. An explicit {@code OMP_NUM_THREADS} in
 * the environment is respected. This changes process-wide ND4J settings, idempotently.
 */
final class NativeThreads {
    private NativeThreads() {
    }

    /** Applies the setting unless the environment chose the thread count. */
    static void useOne() {
        if (System.getenv("OMP_NUM_THREADS") != null) {
            return;
        }
        if (Nd4j.getEnvironment().maxMasterThreads() != 1) {
            Nd4j.getEnvironment().setMaxMasterThreads(1);
        }
        if (Nd4j.factory().blas().getMaxThreads() != 1) {
            Nd4j.factory().blas().setMaxThreads(1);
        }
    }
}
