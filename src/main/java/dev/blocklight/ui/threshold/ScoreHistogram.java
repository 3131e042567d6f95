// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.SortedScores;
import javafx.beans.property.DoubleProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * A histogram of scores on a logarithmic score axis (bar heights also logarithmic), with the
 * threshold as a red line that can be dragged, and the model's training scores overlaid as an
 * outline scaled to the same number of blocks. Bins are counted from the sorted scores by binary
 * search, so drawing costs the same for 5k or 575k blocks.
 */
final class ScoreHistogram extends CanvasPane {
    private static final int BINS = 80;
    private final DoubleProperty threshold;
    private SortedScores scores;
    private SortedScores training;
    private LogScale scale = LogScale.of(null);

    ScoreHistogram(DoubleProperty threshold) {
        this.threshold = threshold;
        setMinHeight(120);
        setPrefHeight(200);
        threshold.addListener(o -> redraw());
        canvas.setOnMousePressed(e -> drag(e.getX()));
        canvas.setOnMouseDragged(e -> drag(e.getX()));
    }

    void setScores(SortedScores s) {
        scores = s;
        scale = LogScale.of(s);
        redraw();
    }

    void setTraining(SortedScores t) {
        training = t;
        redraw();
    }

    /** Training scores per bin of the current axis (for the overlay and tests); empty without them. */
    int[] trainingCounts() {
        return training == null || training.isEmpty() || getWidth() <= 0 ? new int[0] : bin(training);
    }

    private int[] bin(SortedScores s) {
        double w = getWidth();
        int[] counts = new int[BINS];
        for (int b = 0; b < BINS; b++) {
            int aboveFrom = b == 0 ? s.size() : s.countAbove(scoreOf(w * b / BINS));
            int aboveTo = b == BINS - 1 ? 0 : s.countAbove(scoreOf(w * (b + 1) / BINS));
            counts[b] = aboveFrom - aboveTo;
        }
        return counts;
    }

    private double xOf(double score) {
        return scale.fraction(score) * getWidth();
    }

    private double scoreOf(double x) {
        return scale.score(x / getWidth());
    }

    private void drag(double x) {
        if (scores != null && scores.size() > 0) {
            threshold.set(scoreOf(x));
        }
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (scores == null || scores.size() == 0 || w <= 0) {
            return;
        }
        int[] counts = bin(scores);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double t = threshold.get();
        for (int b = 0; b < BINS; b++) {
            double barH = counts[b] == 0 ? 0 : (h - 4) * Math.log1p(counts[b]) / Math.log1p(max);
            boolean flagged = scoreOf(w * (b + 1) / BINS) > t;
            g.setFill(ink(flagged ? Ink.FLAGGED : Ink.NORMAL));
            g.fillRect(w * b / BINS + 1, h - barH, w / BINS - 2, barH);
        }
        int[] train = trainingCounts();
        if (train.length > 0) {
            // the training distribution as if it had as many blocks as the log, on the same log height scale
            double scale = (double) scores.size() / training.size();
            g.setStroke(ink(Ink.TRAINING));
            g.setLineWidth(1.5);
            g.beginPath();
            g.moveTo(0, h);
            for (int b = 0; b < BINS; b++) {
                double c = train[b] * scale;
                double y = h - (c <= 0 ? 0 : (h - 4) * Math.min(1, Math.log1p(c) / Math.log1p(max)));
                g.lineTo(w * b / BINS, y);
                g.lineTo(w * (b + 1) / BINS, y);
            }
            g.stroke();
            g.setFill(ink(Ink.TRAINING));
            g.fillText("training scores", w - 90, 12);
        }
        if (!Double.isNaN(t)) {
            g.setStroke(ink(Ink.ALARM));
            g.setLineWidth(2);
            g.strokeLine(xOf(t), 0, xOf(t), h);
        }
    }
}
