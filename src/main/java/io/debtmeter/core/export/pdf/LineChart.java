package io.debtmeter.core.export.pdf;

import io.debtmeter.model.GradeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A line chart on a 0..100 scale, as vectors: one x position per assessment (period labels below,
 * thinned out when they would overlap), grade-band boundaries as grid lines with the band letters on
 * the right, lines that differ by colour, dash and marker, and a legend below.
 */
final class LineChart {

    private static final float Y_LABELS = 30;
    private static final float BAND_LABELS = 18;
    private static final float X_LABELS = 18;
    private static final float POINT = 5.5f;
    private static final TextStyle AXIS = TextStyle.SMALL_MUTED;

    private final ReportFlow flow;

    LineChart(ReportFlow flow) {
        this.flow = flow;
    }

    /** @param bands grade bands drawn as horizontal zones (least debt at the bottom); may be empty */
    void draw(List<String> xLabels, List<Series> series, List<GradeBand> bands, float plotHeight) {
        float legendHeight = series.size() > 1 ? legendRows(series) * 14 + 6 : 0;
        flow.ensure(plotHeight + X_LABELS + legendHeight + 6);
        ReportCanvas canvas = flow.canvas();
        float x0 = flow.left() + Y_LABELS;
        float x1 = flow.right() - BAND_LABELS;
        float top = flow.y() - 4;
        float y0 = top - plotHeight;
        canvas.fillRect(x0, y0, x1 - x0, plotHeight, ReportColours.STRIPE);
        for (int value = 0; value <= 100; value += 20) {
            float y = y0 + plotHeight * value / 100f;
            canvas.line(x0, y, x1, y, ReportColours.GRID, 0.5f);
            canvas.textRight(String.valueOf(value), x0 - 5, y - 2.5f, AXIS);
        }
        for (GradeBand band : bands) {
            float yMin = y0 + plotHeight * (float) band.min() / 100f;
            float yMax = y0 + plotHeight * (float) band.max() / 100f;
            canvas.line(x0, yMin, x1, yMin, ReportColours.RULE, 0.6f);
            canvas.text(band.label(), x1 + 5, (yMin + yMax) / 2 - 3, TextStyle.SMALL_BOLD.withColour(ReportColours.MUTED));
        }
        canvas.strokeRect(x0, y0, x1 - x0, plotHeight, ReportColours.RULE, 0.6f);
        float[] xs = positions(xLabels.size(), x0, x1);
        xLabels(canvas, xLabels, xs, y0, x1 - x0);
        for (Series line : series) {
            drawSeries(canvas, line, xs, y0, plotHeight);
        }
        flow.advance(plotHeight + 4 + X_LABELS);
        if (series.size() > 1) {
            legend(canvas, series);
        }
    }

    private static float[] positions(int count, float x0, float x1) {
        float[] xs = new float[count];
        float inset = 14;
        for (int i = 0; i < count; i++) {
            xs[i] = count == 1 ? (x0 + x1) / 2 : x0 + inset + (x1 - x0 - 2 * inset) * i / (count - 1);
        }
        return xs;
    }

    /** Every label if they fit, else every k-th one, always keeping the last (the newest assessment). */
    private static void xLabels(ReportCanvas canvas, List<String> labels, float[] xs, float y0, float width) {
        float widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, canvas.width(label, AXIS));
        }
        int step = Math.max(1, (int) Math.ceil((widest + 8) * labels.size() / width));
        for (int i = 0; i < labels.size(); i++) {
            boolean last = i == labels.size() - 1;
            // A regular label too close to the last one would overlap it.
            boolean regular = i % step == 0 && labels.size() - 1 - i >= step;
            if (!last && !regular) {
                continue;
            }
            String label = labels.get(i);
            canvas.line(xs[i], y0, xs[i], y0 - 3, ReportColours.RULE, 0.6f);
            canvas.text(label, xs[i] - canvas.width(label, AXIS) / 2, y0 - 12, AXIS);
        }
    }

    private static void drawSeries(ReportCanvas canvas, Series line, float[] xs, float y0, float height) {
        List<Float> segmentX = new ArrayList<>();
        List<Float> segmentY = new ArrayList<>();
        for (int i = 0; i <= xs.length; i++) {
            OptionalDouble value = i < xs.length && i < line.values().size() ? line.values().get(i) : OptionalDouble.empty();
            if (value.isPresent()) {
                segmentX.add(xs[i]);
                segmentY.add(y0 + height * (float) value.getAsDouble() / 100f);
                continue;
            }
            if (segmentX.size() > 1) {
                canvas.polyline(toArray(segmentX), toArray(segmentY), line.colour(), line.lineWidth(), line.dash());
            }
            segmentX.clear();
            segmentY.clear();
        }
        for (int i = 0; i < xs.length && i < line.values().size(); i++) {
            if (line.values().get(i).isPresent()) {
                float y = y0 + height * (float) line.values().get(i).getAsDouble() / 100f;
                line.shape().draw(canvas, xs[i], y, POINT, line.colour());
            }
        }
    }

    private int legendRows(List<Series> series) {
        return layoutLegend(series).size();
    }

    /** Legend entries grouped into rows that fit the width. */
    private List<List<Series>> layoutLegend(List<Series> series) {
        List<List<Series>> rows = new ArrayList<>();
        List<Series> row = new ArrayList<>();
        float used = 0;
        for (Series line : series) {
            float width = entryWidth(line);
            if (used + width > flow.width() && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(line);
            used += width;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private float entryWidth(Series line) {
        return 30 + flow.canvas().width(line.name(), TextStyle.SMALL) + 14;
    }

    private void legend(ReportCanvas canvas, List<Series> series) {
        for (List<Series> row : layoutLegend(series)) {
            float x = flow.left();
            float y = flow.y() - 8;
            for (Series line : row) {
                canvas.polyline(new float[] {x, x + 24}, new float[] {y, y}, line.colour(), line.lineWidth(), line.dash());
                line.shape().draw(canvas, x + 12, y, POINT, line.colour());
                canvas.text(line.name(), x + 30, y - 2.8f, TextStyle.SMALL);
                x += entryWidth(line);
            }
            flow.advance(14);
        }
        flow.advance(6);
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
