// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark runs and reports consistent figures; its speed is judged by running it, not here. */
class DiagnosisBenchTest {

    @Test
    void smallRunReportsOrderedTimes() {
        DiagnosisBench.Result r = DiagnosisBench.run(5_000, 200, 1);
        assertEquals(5_000, r.blocks());
        assertEquals(200, r.diagnoses());
        assertTrue(r.medianNanos() > 0 && r.medianNanos() <= r.p99Nanos() && r.p99Nanos() <= r.maxNanos(), r.toString());
        assertTrue(r.summary().contains("diagnosis on 5,000 blocks"), r.summary());
    }
}
