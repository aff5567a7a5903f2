package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMapCell;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Paints the heat map's cells. Each state looks different without colour: a scored cell carries its
 * level as a number, N/A is hatched and says so, unanswered is an empty dashed outline, and an item
 * missing from that rubric version leaves the cell blank. A corner mark shows where a note is.
 */
final class HeatMapPainter {

    /** Narrowest width of one assessment's column; wider when a period's header needs it (one line, whole). */
    static final double MIN_COLUMN = 64;
    private static final double INSET = 2;
    private static final double RADIUS = 5;

    /** One horizontal band of the map: a category's title row (no item) or an item's row. */
    record Band(double y, double height, HeatMapRow row) {
        boolean isGroup() {
            return row == null;
        }
    }

    /** The cell under the pointer or the keyboard focus. */
    record CellRef(int band, int column) {
    }

    private final HeatMapPalette palette;
    private final String notApplicableText;
    private double column = MIN_COLUMN;

    HeatMapPainter(HeatMapPalette palette, String notApplicableText) {
        this.palette = palette;
        this.notApplicableText = notApplicableText;
    }

    /** Width of one assessment's column. */
    double column() {
        return column;
    }

    void setColumn(double width) {
        column = width;
    }

    /** Paints the part of the map from (left, top) of the given size; only visible cells are drawn. */
    void paint(GraphicsContext g, double left, double top, double width, double height, List<Band> bands,
               int columns, CellRef current) {
        g.setTransform(1, 0, 0, 1, -left, -top);
        g.setFill(palette.background());
        g.fillRect(left, top, width, height);
        int firstColumn = Math.max(0, (int) Math.floor(left / column));
        int lastColumn = Math.min(columns - 1, (int) Math.floor((left + width) / column));
        for (Band band : bands) {
            if (band.y() + band.height() < top || band.y() > top + height) {
                continue;
            }
            if (band.isGroup()) {
                g.setFill(palette.band());
                g.fillRect(left, band.y(), width, band.height());
                continue;
            }
            for (int c = firstColumn; c <= lastColumn; c++) {
                cell(g, band.row().cells().get(c), c * column + INSET, band.y() + INSET, column - 2 * INSET,
                        band.height() - 2 * INSET);
            }
        }
        if (current != null && current.band() < bands.size() && !bands.get(current.band()).isGroup()) {
            Band band = bands.get(current.band());
            g.setStroke(palette.focus());
            g.setLineWidth(3);
            g.setLineDashes();
            g.strokeRoundRect(current.column() * column + 1.5, band.y() + 1.5, column - 3, band.height() - 3,
                    RADIUS + 1, RADIUS + 1);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Paints one cell into the given rectangle; the legend uses it for its swatches. */
    void cell(GraphicsContext g, HeatMapCell cell, double x, double y, double w, double h) {
        switch (cell.state()) {
            case SCORED -> {
                double score = cell.score().getAsDouble();
                g.setFill(palette.step(score));
                g.fillRoundRect(x, y, w, h, RADIUS, RADIUS);
                label(g, DisplayNumbers.level(cell.level().getAsDouble()), palette.textOn(score), x, y, w, h, true);
                noteMark(g, cell, palette.textOn(score), x, y, w);
            }
            case NOT_APPLICABLE -> {
                g.setFill(palette.notApplicable());
                g.fillRoundRect(x, y, w, h, RADIUS, RADIUS);
                hatch(g, x, y, w, h);
                label(g, notApplicableText, palette.text(), x, y, w, h, false);
                noteMark(g, cell, palette.text(), x, y, w);
            }
            case UNANSWERED -> {
                g.setStroke(palette.outline());
                g.setLineWidth(1.5);
                g.setLineDashes(4, 3);
                g.strokeRoundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, RADIUS, RADIUS);
                g.setLineDashes();
                noteMark(g, cell, palette.text(), x, y, w);
            }
            case DONT_KNOW -> {
                // Coloured as the lowest level it counts as, with "?" instead of the number.
                double score = cell.score().getAsDouble();
                g.setFill(palette.step(score));
                g.fillRoundRect(x, y, w, h, RADIUS, RADIUS);
                label(g, "?", palette.textOn(score), x, y, w, h, true);
                noteMark(g, cell, palette.textOn(score), x, y, w);
            }
            case NOT_IN_RUBRIC -> {
                // Left blank on purpose: the item did not exist in that rubric version.
            }
        }
    }

    /** Thin diagonal lines across the cell, clipped to it. */
    private void hatch(GraphicsContext g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(palette.outline());
        g.setLineWidth(1);
        g.setGlobalAlpha(0.45);
        for (double d = -h; d < w; d += 7) {
            g.strokeLine(x + d, y + h, x + d + h, y);
        }
        g.restore();
    }

    private void label(GraphicsContext g, String text, Paint colour, double x, double y, double w, double h, boolean bold) {
        g.setFont(bold ? palette.boldFont() : palette.font());
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + w / 2, y + h / 2);
    }

    /** A small folded corner, top right, like a comment mark in a spreadsheet. */
    private static void noteMark(GraphicsContext g, HeatMapCell cell, Paint colour, double x, double y, double w) {
        if (cell.note().isBlank()) {
            return;
        }
        g.setFill(colour);
        g.fillPolygon(new double[] {x + w - 11, x + w - 2, x + w - 2}, new double[] {y + 2, y + 2, y + 11}, 3);
    }
}
