package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMapRow;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * The heat map's left column: category titles and item titles, one under the other. It lays its
 * titles out itself, so the canvas can paint its rows from the very same numbers: a title that wraps
 * onto two lines makes its row of cells taller too.
 */
final class RowHeader extends Region {

    /** A title wider than this wraps instead of widening the column. */
    static final double MAX_TITLE_WIDTH = 360;

    private final List<HeatMapRow> rows = new ArrayList<>();

    /** @param row the item of an item title; null for a category title */
    void add(Region title, HeatMapRow row) {
        title.setMaxWidth(MAX_TITLE_WIDTH);
        getChildren().add(title);
        rows.add(row);
    }

    /** The bands (category and item rows) at the given width of this column, top to bottom. */
    List<HeatMapPainter.Band> bands(double width) {
        List<HeatMapPainter.Band> bands = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < getChildren().size(); i++) {
            double height = heightOf(getChildren().get(i), width);
            bands.add(new HeatMapPainter.Band(y, height, rows.get(i)));
            y += height;
        }
        return bands;
    }

    private double heightOf(Node title, double width) {
        return snapSizeY(Math.max(title.minHeight(width), title.prefHeight(width)));
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (Node title : getChildren()) {
            widest = Math.max(widest, Math.min(MAX_TITLE_WIDTH, title.prefWidth(-1)));
        }
        return snapSizeX(widest);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        return bands(w).stream().mapToDouble(HeatMapPainter.Band::height).sum();
    }

    @Override
    protected void layoutChildren() {
        List<HeatMapPainter.Band> bands = bands(getWidth());
        for (int i = 0; i < bands.size(); i++) {
            getChildren().get(i).resizeRelocate(0, bands.get(i).y(), getWidth(), bands.get(i).height());
        }
    }
}
