// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.detect.ScoreBreakdown;
import org.junit.jupiter.api.Test;

/** The explanation line before the model can explain a score; the full line is checked in the workbench test. */
class ScoreExplanationTest {
    @Test
    void saysWhenThereIsNothingToExplainYet() {
        assertEquals("Not scored", ScoreExplanation.of(Float.NaN, null, new int[0], null));
        assertEquals("Score 3.14 (its parts appear once the model has loaded)",
                ScoreExplanation.of(3.14159f, null, new int[] {1}, null));
    }

    @Test
    void anEndMarkerNeedsNoEventTable() {
        ScoreBreakdown parts = new ScoreBreakdown(1.5f, 0.3f, 4f, ScoreBreakdown.END, 0f, -1);
        assertEquals("Score 2.70 = mean step error 1.50 + 0.3 x worst step 4.00 (the end: normal blocks go on here)",
                ScoreExplanation.of(parts.total(), parts, new int[] {1, 2}, null));
    }
}
