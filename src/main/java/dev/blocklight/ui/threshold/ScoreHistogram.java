// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.SortedScores;
import javafx.beans.property.DoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A histogram of scores on a logarithmic score axis (bar heights also logarithmic), with the
 * threshold as a red line that can be dragged. Bins are counted from the sorted scores by binary
 * search, so drawing costs the same for 5k or 575k blocks.
 */
final class ScoreHistogram extends Pane {
    private static final int BINS = 80;
    private final Canvas canvas = new Canvas();
    private final DoubleProperty threshold;
    private SortedScores scores;
    private LogScale scale = LogScale.of(null);

    ScoreHistogram(DoubleProperty threshold) {
        this.threshold = threshold;
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(200);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        threshold.addListener(o -> redraw());
        canvas.setOnMousePressed(e -> drag(e.getX()));
        canvas.setOnMouseDragged(e -> drag(e.getX()));
    }

    void setScores(SortedScores s) {
        scores = s;
        scale = LogScale.of(s);
        redraw();
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

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (scores == null || scores.size() == 0 || w <= 0) {
            return;
        }
        int[] counts = new int[BINS];
        int max = 1;
        for (int b = 0; b < BINS; b++) {
            double from = scoreOf(w * b / BINS);
            double to = scoreOf(w * (b + 1) / BINS);
            int aboveFrom = b == 0 ? scores.size() : scores.countAbove(from);
            int aboveTo = b == BINS - 1 ? 0 : scores.countAbove(to);
            counts[b] = aboveFrom - aboveTo;
            max = Math.max(max, counts[b]);
        }
        double t = threshold.get();
        for (int b = 0; b < BINS; b++) {
            double barH = counts[b] == 0 ? 0 : (h - 4) * Math.log1p(counts[b]) / Math.log1p(max);
            boolean flagged = scoreOf(w * (b + 1) / BINS) > t;
            g.setFill(flagged ? Color.web("#e57373") : Color.web("#7896c8"));
            g.fillRect(w * b / BINS + 1, h - barH, w / BINS - 2, barH);
        }
        if (!Double.isNaN(t)) {
            g.setStroke(Color.web("#b00020"));
            g.setLineWidth(2);
            g.strokeLine(xOf(t), 0, xOf(t), h);
        }
    }
}
