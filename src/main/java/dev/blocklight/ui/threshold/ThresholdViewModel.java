// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.PrCurve;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.TimeSlices;
import dev.blocklight.ui.scores.PreparedScores;
import dev.blocklight.ui.scores.TimeStrip;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The threshold panel's state: the threshold (moved by the slider or set by a preset strategy) and
 * its diagnosis, recomputed on every move from scores sorted once (a binary search, well under a
 * millisecond for 575k blocks); the training scores for the overlay; the PR curve when labels are
 * loaded; the flagged rate per time slice; and the severity chosen in the legend as a filter.
 */
public final class ThresholdViewModel {
    /** Points kept for drawing the PR curve. */
    static final int PR_POINTS = PreparedScores.PR_POINTS;
    static final String NO_SCORES = "Train or open a model to score blocks";
    static final String PREPARING = "Preparing the scores for the threshold panel\u2026";
    private final DoubleProperty threshold = new SimpleDoubleProperty(Double.NaN);
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SortedScores> scores = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SortedScores> training = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PrCurve.Point>> prCurve = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<TimeSlices.Slice>> slices = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NO_SCORES);
    private final ReadOnlyBooleanProperty preparing;
    private Diagnostician diagnostician;
    private TimeStrip strip;
    private Threshold preset;
    private Diagnosis first;

    /**
     * @param prepared the open log's scores under the current model, with their indexes built off
     *     the FX thread ({@link dev.blocklight.ui.scores.ScorePreparer}); null while there are none
     * @param preparing true while new scores are being prepared, for a placeholder message
     */
    public ThresholdViewModel(ReadOnlyObjectProperty<PreparedScores> prepared, ReadOnlyBooleanProperty preparing) {
        this.preparing = preparing;
        prepared.addListener((obs, old, p) -> load(p));
        preparing.addListener((obs, old, busy) -> {
            if (diagnostician == null) {
                message.set(busy ? PREPARING : NO_SCORES);
            }
        });
        threshold.addListener((obs, old, t) -> rediagnose());
    }

    private void load(PreparedScores p) {
        ScoringRun.Outcome s = p == null ? null : p.outcome();
        diagnostician = p == null ? null : p.diagnostician();
        strip = p == null ? null : p.strip();
        scores.set(s == null ? null : s.index().scores());
        training.set(s == null || s.index().training().isEmpty() ? null : s.index().training());
        prCurve.set(p == null ? null : p.prCurve());
        preset = s == null ? null : s.threshold();
        first = p == null ? null : p.first();
        severity.set(null);
        if (s == null) {
            diagnosis.set(null);
            slices.set(List.of());
            message.set(preparing.get() ? PREPARING : NO_SCORES);
        } else if (threshold.get() == s.threshold().value()) {
            rediagnose();
        } else {
            threshold.set(s.threshold().value());
        }
    }

    /** Applies a strategy spec such as {@code pct:97} or {@code bestf1}; a bad spec becomes the message. */
    public void applyPreset(String spec) {
        if (diagnostician == null) {
            return;
        }
        try {
            preset = ThresholdSpecs.parse(spec).choose(diagnostician.index());
            threshold.set(preset.value());
        } catch (IllegalArgumentException e) {
            message.set(spec + ": " + e.getMessage());
        }
    }

    private void rediagnose() {
        if (diagnostician == null || Double.isNaN(threshold.get())) {
            return;
        }
        double t = threshold.get();
        Threshold current = preset != null && preset.value() == t ? preset : Threshold.manual(t);
        Diagnosis d = first != null && first.threshold().equals(current) ? first : diagnostician.diagnose(current);
        slices.set(strip == null ? List.of() : strip.at(t));
        diagnosis.set(d);
        message.set(d.headline());
    }

    /** The threshold; blocks scoring strictly above it are flagged. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The diagnosis of the current threshold, or null before scores exist. */
    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The scored log's scores, sorted, for the histogram. */
    public ReadOnlyObjectProperty<SortedScores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    /** The model's training scores (rebuilt from its stored quantiles), or null when it kept none. */
    public ReadOnlyObjectProperty<SortedScores> trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** The precision-recall curve (at most {@value #PR_POINTS} points), or null without labels. */
    public ReadOnlyObjectProperty<List<PrCurve.Point>> prCurveProperty() {
        return prCurve.getReadOnlyProperty();
    }

    /** The flagged rate per slice of the log's time span at the current threshold; empty without times. */
    public ReadOnlyObjectProperty<List<TimeSlices.Slice>> slicesProperty() {
        return slices.getReadOnlyProperty();
    }

    /** The severity picked in the legend, which the blocks table shows alone; null for all blocks. */
    public ObjectProperty<Severity> severityFilterProperty() {
        return severity;
    }

    /** The diagnosis headline, or what to do first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
