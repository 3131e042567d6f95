// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.threshold;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A pane that draws itself on one canvas of its own size: it repaints when resized, when its
 * colours change or when a subclass calls {@link #redraw()}, and subclasses only paint. The colours
 * and the label size come from the stylesheet ({@code blocklight.css}, style class {@code chart-canvas}).
 */
abstract class CanvasPane extends Pane {
    /** The colours the charts draw with, each a CSS property of the pane. */
    enum Ink {
        /** Scores above the threshold. */
        FLAGGED("-bl-flagged-fill"),
        /** The threshold line and alarms. */
        ALARM("-bl-alarm-fill"),
        /** Scores below the threshold. */
        NORMAL("-bl-normal-fill"),
        /** The training scores' overlay. */
        TRAINING("-bl-training-fill"),
        /** The precision-recall curve. */
        CURVE("-bl-curve-fill"),
        /** The rate strip's background. */
        STRIP("-bl-strip-fill"),
        /** Axes and labels. */
        TEXT("-bl-text-fill");

        final String property;

        Ink(String property) {
            this.property = property;
        }
    }

    private static final List<InkMetaData> INK_META = java.util.Arrays.stream(Ink.values()).map(InkMetaData::new).toList();
    private static final CssMetaData<CanvasPane, Number> FONT_SIZE = new CssMetaData<>("-bl-label-size",
            StyleConverter.getSizeConverter(), 10) {
        @Override
        public boolean isSettable(CanvasPane pane) {
            return !pane.labelSize.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(CanvasPane pane) {
            return pane.labelSize;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = cssMetaData();
    /** The canvas painted on; subclasses may add mouse handlers to it. */
    protected final Canvas canvas = new Canvas();
    private final Map<Ink, StyleableObjectProperty<Color>> inks = new EnumMap<>(Ink.class);
    private final StyleableDoubleProperty labelSize = new SimpleStyleableDoubleProperty(FONT_SIZE, this, "labelSize", 10.0);

    CanvasPane() {
        getStyleClass().add("chart-canvas");
        for (Ink ink : Ink.values()) {
            StyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(INK_META.get(ink.ordinal()), this,
                    ink.name(), Color.BLACK);
            p.addListener(o -> redraw());
            inks.put(ink, p);
        }
        labelSize.addListener(o -> redraw());
        getChildren().add(canvas);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    /** The stylesheet's colour for {@code ink}. */
    protected final Color ink(Ink ink) {
        return inks.get(ink).get();
    }

    /** The font for labels, at the stylesheet's size. */
    protected final Font labelFont() {
        return Font.font(labelSize.get());
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

    /** The CSS properties of a chart: a pane's, the colours and the label size. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Pane.getClassCssMetaData());
        all.addAll(INK_META);
        all.add(FONT_SIZE);
        return List.copyOf(all);
    }

    private static final class InkMetaData extends CssMetaData<CanvasPane, Color> {
        private final Ink ink;

        InkMetaData(Ink ink) {
            super(ink.property, StyleConverter.getColorConverter(), Color.BLACK);
            this.ink = ink;
        }

        @Override
        public boolean isSettable(CanvasPane pane) {
            return !pane.inks.get(ink).isBound();
        }

        @Override
        public StyleableProperty<Color> getStyleableProperty(CanvasPane pane) {
            return pane.inks.get(ink);
        }
    }
}
