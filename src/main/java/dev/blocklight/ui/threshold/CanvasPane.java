// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A pane that draws itself on one canvas of its own size: it repaints when resized or when a
 * subclass calls {@link #redraw()}, and subclasses only paint.
 */
abstract class CanvasPane extends Pane {
    /** Colours the charts share, parsed once: flagged scores, the threshold and alarms, unflagged scores. */
    static final Color FLAGGED = Color.web("#e57373");
    static final Color ALARM = Color.web("#b00020");
    static final Color NORMAL = Color.web("#7896c8");
    /** The training scores' overlay. */
    static final Color TRAINING = Color.web("#ef8f00");
    /** The canvas painted on; subclasses may add mouse handlers to it. */
    protected final Canvas canvas = new Canvas();

    CanvasPane() {
        getChildren().add(canvas);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    /** Resizes the canvas to the pane, clears it and paints. */
    protected final void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        paint(g, w, h);
    }

    /** Paints the pane's content on a cleared canvas of size {@code w} by {@code h}. */
    protected abstract void paint(GraphicsContext g, double w, double h);
}
