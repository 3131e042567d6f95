// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.PrCurve;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/** The precision-recall curve (recall across, precision up) with the current threshold as a dot. */
final class PrCurveChart extends CanvasPane {
    private static final double PAD = 26;
    private List<PrCurve.Point> curve = List.of();
    private Confusion current;

    PrCurveChart() {
        setMinSize(180, 120);
        setPrefSize(240, 200);
    }

    void setCurve(List<PrCurve.Point> points) {
        curve = points == null ? List.of() : points;
        redraw();
    }

    void setCurrent(Confusion c) {
        current = c;
        redraw();
    }

    /** The points drawn. */
    List<PrCurve.Point> curve() {
        return curve;
    }

    private double x(double recall) {
        return PAD + recall * (getWidth() - PAD - 8);
    }

    private double y(double precision) {
        return getHeight() - PAD - precision * (getHeight() - PAD - 8);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setStroke(ink(Ink.TEXT));
        g.setLineWidth(1);
        g.strokeRect(x(0), y(1), x(1) - x(0), y(0) - y(1));
        g.setFill(ink(Ink.TEXT));
        g.setFont(labelFont());
        g.fillText("recall", x(0.5) - 14, h - 8);
        g.fillText("precision", 2, 12);
        g.fillText("0", x(0) - 10, y(0) + 12);
        g.fillText("1", x(1) - 4, y(0) + 12);
        g.fillText("1", x(0) - 10, y(1) + 8);
        if (curve.isEmpty()) {
            return;
        }
        g.setStroke(ink(Ink.CURVE));
        g.setLineWidth(1.5);
        g.beginPath();
        g.moveTo(x(0), y(curve.get(0).precision()));
        for (PrCurve.Point p : curve) {
            g.lineTo(x(p.recall()), y(p.precision()));
        }
        g.stroke();
        if (current != null && current.flagged() > 0) {
            g.setFill(ink(Ink.ALARM));
            g.fillOval(x(current.recall()) - 4, y(current.precision()) - 4, 8, 8);
        }
    }
}
