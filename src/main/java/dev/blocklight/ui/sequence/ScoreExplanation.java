// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.parse.EventTable;
import java.util.Locale;

/**
 * One line that says how a block's score is made, for example {@code Score 15.60 = mean step error
 * 7.32 + 0.3 x worst step 12.14 (E9, step 6) + rare event 4.64 (E10, step 3)}. Steps count from 1,
 * as in the chips' tooltips; the flagged-blocks CSV has the same words ({@link ScoreBreakdown#describe}).
 */
final class ScoreExplanation {
    private ScoreExplanation() {
    }

    /**
     * @param score the block's score, NaN when not scored
     * @param parts its breakdown, or null when the model that explains it is not loaded (yet)
     * @param events the block's events (log event indices)
     */
    static String of(float score, ScoreBreakdown parts, int[] events, EventTable table) {
        if (Float.isNaN(score)) {
            return "Not scored";
        }
        if (parts == null) {
            return String.format(Locale.ROOT, "Score %.2f (its parts appear once the model has loaded)", score);
        }
        return String.format(Locale.ROOT, "Score %.2f = ", score) + parts.describe(events, e -> table.get(e).id());
    }
}
