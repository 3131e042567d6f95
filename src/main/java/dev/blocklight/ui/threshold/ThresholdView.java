// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.ThresholdSpecs;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The threshold panel: the score histogram with a draggable threshold line, a slider, strategy
 * presets, live flagged count against the expected rate (and precision, recall, F1 and a PR curve
 * with labels), the training scores overlaid, a severity legend that filters the blocks table, the
 * flagged rate over time, and the diagnosis sentence, in red when the flagged rate is implausible.
 */
public final class ThresholdView extends VBox {
    /** The message's look (bold, in the alarm colour) when the threshold flags an implausible share. */
    private static final PseudoClass IMPLAUSIBLE = PseudoClass.getPseudoClass("implausible");
    private static final int STEPS = 1000;
    private final Slider slider = new Slider(0, STEPS, 0);
    private final ThresholdViewModel model;
    private LogScale scale = LogScale.of(null);
    private boolean syncing;

    public ThresholdView(ThresholdViewModel model) {
        this.model = model;
        ScoreHistogram histogram = new ScoreHistogram(model.thresholdProperty());
        histogram.setId("histogram");
        HBox.setHgrow(histogram, Priority.ALWAYS);
        model.trainingProperty().addListener((obs, old, t) -> histogram.setTraining(t));
        PrCurveChart pr = new PrCurveChart();
        pr.setId("pr-curve");
        pr.visibleProperty().bind(model.prCurveProperty().isNotNull());
        pr.managedProperty().bind(pr.visibleProperty());
        model.prCurveProperty().addListener((obs, old, c) -> pr.setCurve(c));
        HBox charts = new HBox(8, histogram, pr);
        VBox.setVgrow(charts, Priority.ALWAYS);
        RateStrip strip = new RateStrip();
        strip.setId("rate-strip");
        model.slicesProperty().addListener((obs, old, s) -> strip.setSlices(s));
        SeverityLegend legend = new SeverityLegend(model);
        legend.setId("severity-legend");
        model.scoresProperty().addListener((obs, old, s) -> {
            histogram.setScores(s);
            scale = LogScale.of(s);
            syncSlider();
        });
        slider.setId("threshold-slider");
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                model.thresholdProperty().set(scale.score(v.doubleValue() / STEPS));
            }
        });
        model.thresholdProperty().addListener((obs, old, t) -> syncSlider());

        ComboBox<String> presets = new ComboBox<>();
        presets.setId("threshold-presets");
        presets.setEditable(true);
        presets.getItems().addAll(ThresholdSpecs.PRESETS);
        presets.setValue(ThresholdSpecs.DEFAULT_SPEC);
        Button apply = new Button("Apply");
        apply.setId("threshold-apply");
        apply.setOnAction(e -> model.applyPreset(presets.getEditor().getText()));
        Label counts = new Label();
        counts.setId("threshold-counts");
        Label message = new Label();
        message.setId("threshold-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.diagnosisProperty().addListener((obs, old, d) -> {
            counts.setText(describe(d));
            pr.setCurrent(d == null ? null : d.confusion());
            message.pseudoClassStateChanged(IMPLAUSIBLE, d != null && implausible(d));
        });
        Label strategy = new Label("Strategy");
        for (Region r : new Region[] {strategy, presets, apply}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        counts.setWrapText(true);
        HBox.setHgrow(counts, Priority.ALWAYS);
        HBox bar = new HBox(8, strategy, presets, apply, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(bar, charts, slider, strip, legend, message);
    }

    private void syncSlider() {
        double t = model.thresholdProperty().get();
        if (Double.isNaN(t)) {
            return;
        }
        syncing = true;
        slider.setValue(scale.fraction(t) * STEPS);
        syncing = false;
    }

    static String describe(Diagnosis d) {
        if (d == null) {
            return "";
        }
        String text = String.format(Locale.ROOT, "threshold %.4g: %,d of %,d blocks flagged (%.2f%%)",
                d.threshold().value(), d.flagged(), d.blocks(), d.rate() * 100);
        if (d.expected() != null) {
            text += String.format(Locale.ROOT, "; expected %.2f%% (%s)", d.expected().rate() * 100, d.expected().source());
        }
        if (d.confusion() != null) {
            text += String.format(Locale.ROOT, "; precision %.3f, recall %.3f, F1 %.3f", d.confusion().precision(),
                    d.confusion().recall(), d.confusion().f1());
        }
        return text;
    }

    /** Flags more than three times, or less than a third of, what is expected. */
    static boolean implausible(Diagnosis d) {
        if (d.expected() == null || d.expected().rate() <= 0) {
            return d.rate() > 0.2;
        }
        double ratio = d.rate() / d.expected().rate();
        return ratio > 3 || ratio < 1.0 / 3;
    }
}
