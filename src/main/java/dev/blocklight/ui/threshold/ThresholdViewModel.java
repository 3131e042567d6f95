// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The threshold panel's state: the threshold (moved by the slider or set by a preset strategy) and
 * its diagnosis, recomputed on every move from scores sorted once (a binary search, well under a
 * millisecond for 575k blocks).
 */
public final class ThresholdViewModel {
    private final DoubleProperty threshold = new SimpleDoubleProperty(Double.NaN);
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SortedScores> scores = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Train or open a model to score blocks");
    private Diagnostician diagnostician;
    private Threshold preset;

    public ThresholdViewModel(ReadOnlyObjectProperty<ScoringRun.Outcome> scored) {
        scored.addListener((obs, old, s) -> load(s));
        threshold.addListener((obs, old, t) -> rediagnose());
    }

    private void load(ScoringRun.Outcome s) {
        diagnostician = s == null ? null : new Diagnostician(s.index());
        scores.set(s == null ? null : s.index().scores());
        preset = s == null ? null : s.threshold();
        if (s == null) {
            diagnosis.set(null);
            message.set("Train or open a model to score blocks");
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
        Diagnosis d = diagnostician.diagnose(current);
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

    /** The diagnosis headline, or what to do first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
