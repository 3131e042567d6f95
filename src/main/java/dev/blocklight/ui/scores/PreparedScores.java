// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.PrCurve;
import dev.blocklight.core.parse.ParseResult;
import java.util.List;

/**
 * A scoring outcome with the indexes the threshold panel and the blocks table need to follow the
 * slider: the blocks in score order, the flagged rate per time slice, and the PR curve. Building
 * them takes up to a second at 575k blocks, so {@link ScorePreparer} builds them off the FX thread;
 * once built, nothing in here changes.
 *
 * @param outcome the scores, their index and the default threshold
 * @param diagnostician diagnoses thresholds against the outcome's index
 * @param strip the flagged rate per time slice, or null when the parse has no times for these blocks
 * @param prCurve the thinned precision-recall curve, or null without labels
 * @param byScore the blocks in descending score order
 * @param first the diagnosis of the outcome's own threshold, shown first
 */
public record PreparedScores(ScoringRun.Outcome outcome, Diagnostician diagnostician, TimeStrip strip,
        List<PrCurve.Point> prCurve, ByScore byScore, Diagnosis first) {
    /** Points kept for drawing the PR curve. */
    public static final int PR_POINTS = 400;

    /** Builds the indexes of {@code s}; {@code parsed} gives the blocks' times (may be null). */
    public static PreparedScores of(ScoringRun.Outcome s, ParseResult parsed) {
        float[] scores = s.scores().scores(); // a copy: take it once
        TimeStrip strip = parsed == null || parsed.sessions().blockCount() != scores.length ? null
                : TimeStrip.of(scores, parsed.sessions());
        List<PrCurve.Point> pr = s.index().labelled().map(l -> List.copyOf(PrCurve.thinned(PrCurve.of(l), PR_POINTS)))
                .orElse(null);
        Diagnostician d = new Diagnostician(s.index());
        return new PreparedScores(s, d, strip, pr, ByScore.of(scores, s.index().scores()),
                d.diagnose(s.threshold()));
    }
}
