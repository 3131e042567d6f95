// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import dev.blocklight.core.model.ScoreBreakdown;
import dev.blocklight.core.parse.EventTable;
import java.util.Locale;

/**
 * One line that says how a block's score is made, for example {@code Score 7.47 = mean step error
 * 1.20 + 0.3 × worst step 9.80 (E7, step 4) + rare event 3.30 (E7, step 4)}. Steps count from 1, as
 * in the chips' tooltips.
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
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Score %.2f = mean step error %.2f + %.1f \u00d7 worst step %.2f (%s)", score, parts.meanLoss(),
                ScoreBreakdown.WORST_WEIGHT, parts.worstLoss(), worst(parts.worstStep(), events, table)));
        if (parts.rarity() > 0) {
            s.append(String.format(Locale.ROOT, " + rare event %.2f (%s)", parts.rarity(),
                    step(parts.rareStep(), events, table)));
        }
        return s.toString();
    }

    private static String worst(int step, int[] events, EventTable table) {
        return step == ScoreBreakdown.END ? "the end: normal blocks go on here" : step(step, events, table);
    }

    private static String step(int step, int[] events, EventTable table) {
        if (step < 0 || step >= events.length) {
            return "?";
        }
        return table.get(events[step]).id() + ", step " + (step + 1);
    }
}
