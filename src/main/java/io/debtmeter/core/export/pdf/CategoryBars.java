package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.CategoryChartRow;

import java.util.List;

/**
 * The scorecard's category chart as vectors: one horizontal bar per category, its length the maturity
 * (0..100 %), its colour the grade band of the category's debt, the same as on screen. Each bar also
 * carries its value and band letter as text, and a target as a tick, so the chart reads in greyscale.
 */
final class CategoryBars {

    private static final float ROW = 19;
    private static final float BAR = 11;
    private static final float VALUE_COLUMN = 118;
    private static final TextStyle LABEL = TextStyle.BODY;
    private static final TextStyle VALUE = TextStyle.SMALL_BOLD;

    private final ReportFlow flow;
    private final ReportNumbers numbers;

    CategoryBars(ReportFlow flow, ReportNumbers numbers) {
        this.flow = flow;
        this.numbers = numbers;
    }

    /** Draws the chart with a 0..100 % scale below it. */
    void draw(List<CategoryChartRow> rows) {
        ReportCanvas canvas = flow.canvas();
        float labelWidth = flow.width() * 0.36f;
        float trackX = flow.left() + labelWidth;
        float trackWidth = flow.width() - labelWidth - VALUE_COLUMN;
        float height = rows.size() * ROW + 16;
        flow.ensure(height);
        float top = flow.y();
        float bottom = top - rows.size() * ROW;
        for (int tick = 0; tick <= 100; tick += 25) {
            float x = trackX + trackWidth * tick / 100f;
            canvas.line(x, top, x, bottom - 3, ReportColours.GRID, 0.5f);
            String label = tick + " %";
            canvas.text(label, x - canvas.width(label, TextStyle.SMALL_MUTED) / 2, bottom - 12, TextStyle.SMALL_MUTED);
        }
        float rowTop = top;
        for (CategoryChartRow row : rows) {
            float barY = rowTop - (ROW + BAR) / 2;
            String title = row.deciding() ? flow.texts().get("pdf.bars.deciding", row.title()) : row.title();
            canvas.text(canvas.fit(title, labelWidth - 8, LABEL), flow.left(), barY + 2, LABEL);
            canvas.fillRect(trackX, barY, trackWidth, BAR, ReportColours.TRACK);
            if (row.isScored()) {
                int step = row.colourStep().orElse(0);
                float length = trackWidth * (float) row.shownMaturity().getAsDouble() / 100f;
                if (length > 0) {
                    canvas.fillRect(trackX, barY, length, BAR, ReportColours.BANDS.get(step));
                    canvas.strokeRect(trackX, barY, length, BAR, ReportColours.TEXT, 0.4f);
                }
            }
            if (row.target().isPresent()) {
                float x = trackX + trackWidth * (float) row.target().getAsDouble() / 100f;
                canvas.line(x, barY - 2.5f, x, barY + BAR + 2.5f, ReportColours.TEXT, 1.4f);
            }
            canvas.text(valueText(row), trackX + trackWidth + 8, barY + 2, row.isScored() ? VALUE : TextStyle.SMALL_MUTED);
            rowTop -= ROW;
        }
        flow.advance(height);
    }

    private String valueText(CategoryChartRow row) {
        if (!row.isScored()) {
            return flow.texts().get("pdf.scorecard.notScored");
        }
        String text = numbers.score(row.shownMaturity().getAsDouble()) + " %";
        if (row.band().isPresent()) {
            text += " · " + row.band().get().label();
        }
        if (row.target().isPresent()) {
            text += " · " + flow.texts().get("pdf.bars.target", numbers.score(row.target().getAsDouble()));
        }
        return text;
    }
}
