package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.trends.HeatMap;
import io.debtmeter.core.analysis.trends.HeatMapCell;
import io.debtmeter.core.analysis.trends.HeatMapColumn;
import io.debtmeter.core.analysis.trends.HeatMapGroup;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.List;

/**
 * The trends screen's heat map on paper: items down (grouped by category), assessments across, the level
 * in each cell on the app's five colour steps (trends.css -heat-0 … -heat-4, from least to most mature).
 * Every cell also says what it is in text, so a grey-scale print still reads: the level's number in
 * black or white, whichever contrasts more, "N/A" for not applicable, a dashed box for unanswered, and
 * nothing where the item was not in that assessment's rubric.
 */
final class HeatMapTable {

    /** trends.css -heat-0 … -heat-4: viridis, distinct for colour-blind readers and in grey. */
    static final List<Rgb> STEPS = List.of(Rgb.hex("#440154"), Rgb.hex("#3B528B"), Rgb.hex("#21918C"),
            Rgb.hex("#5EC962"), Rgb.hex("#FDE725"));

    private static final float ROW = 13;
    private static final float HEADER = 14;
    private static final float MAX_CELL = 44;
    private static final TextStyle CELL = new TextStyle(7.5f, true, ReportColours.TEXT);
    private static final TextStyle LABEL = new TextStyle(7.5f, false, ReportColours.TEXT);
    private static final TextStyle GROUP = new TextStyle(7.5f, true, ReportColours.TEXT);
    private static final TextStyle PERIOD = new TextStyle(7, true, ReportColours.TEXT);

    private final ReportFlow flow;

    HeatMapTable(ReportFlow flow) {
        this.flow = flow;
    }

    void draw(HeatMap map) {
        List<HeatMapColumn> columns = map.columns();
        float labelWidth = Math.min(flow.width() * 0.42f, flow.width() - columns.size() * 18f);
        float cell = Math.min(MAX_CELL, (flow.width() - labelWidth) / Math.max(1, columns.size()));
        legend(map);
        flow.ensure(HEADER + ROW * 3);
        header(columns, labelWidth, cell);
        for (HeatMapGroup group : map.groups()) {
            if (group.rows().isEmpty()) {
                continue;
            }
            String title = group.category().retired() ? flow.texts().get("retired", group.category().title())
                    : group.category().title();
            ensureRow(columns, labelWidth, cell, ROW * 2, null);
            groupTitle(title);
            for (HeatMapRow row : group.rows()) {
                ensureRow(columns, labelWidth, cell, ROW, title);
                row(row, labelWidth, cell);
            }
        }
    }

    /** A new page repeats the periods and the category, so every page of the map can be read alone. */
    private void ensureRow(List<HeatMapColumn> columns, float labelWidth, float cell, float height, String group) {
        if (height > flow.remaining()) {
            flow.newPage();
            header(columns, labelWidth, cell);
            if (group != null) {
                groupTitle(flow.texts().get("continued", group));
            }
        }
    }

    private void groupTitle(String title) {
        flow.canvas().text(flow.canvas().fit(title, flow.width(), GROUP), flow.left(), flow.y() - ROW + 3.5f, GROUP);
        flow.advance(ROW);
    }

    private void header(List<HeatMapColumn> columns, float labelWidth, float cell) {
        ReportCanvas canvas = flow.canvas();
        float baseline = flow.y() - HEADER + 4;
        canvas.text(flow.texts().get("col.item"), flow.left(), baseline, PERIOD);
        for (int i = 0; i < columns.size(); i++) {
            String period = canvas.fit(columns.get(i).period(), cell - 2, PERIOD);
            float x = flow.left() + labelWidth + i * cell;
            canvas.text(period, x + (cell - canvas.width(period, PERIOD)) / 2, baseline, PERIOD);
        }
        flow.advance(HEADER);
    }

    private void row(HeatMapRow row, float labelWidth, float cell) {
        ReportCanvas canvas = flow.canvas();
        float top = flow.y();
        String title = row.retired() ? flow.texts().get("retired", row.title()) : row.title();
        canvas.text(canvas.fit(title, labelWidth - 8, LABEL), flow.left() + 8, top - ROW + 3.5f, LABEL);
        for (int i = 0; i < row.cells().size(); i++) {
            cell(row.cells().get(i), flow.left() + labelWidth + i * cell, top - ROW, cell, ROW);
        }
        flow.advance(ROW);
    }

    private void cell(HeatMapCell cell, float x, float y, float w, float h) {
        ReportCanvas canvas = flow.canvas();
        float inset = 0.6f;
        switch (cell.state()) {
            case SCORED -> {
                Rgb fill = STEPS.get(stepOf(cell.score().getAsDouble()));
                canvas.fillRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, fill);
                centred(DisplayNumbers.level(cell.level().getAsDouble()), x, y, w, CELL.withColour(textOn(fill)));
            }
            case NOT_APPLICABLE -> {
                canvas.fillRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, ReportColours.TRACK);
                canvas.strokeRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, ReportColours.GRID, 0.5f);
                centred(flow.texts().get("answer.na"), x, y, w, LABEL.withColour(ReportColours.MUTED));
            }
            case UNANSWERED -> canvas.strokeRect(x + 2, y + 2, w - 4, h - 4, ReportColours.MUTED, 0.6f);
            case NOT_IN_RUBRIC -> {
                // Blank: the item did not exist in that assessment's rubric.
            }
        }
    }

    private void centred(String text, float x, float y, float w, TextStyle style) {
        ReportCanvas canvas = flow.canvas();
        canvas.text(text, x + (w - canvas.width(text, style)) / 2, y + (ROW - style.size()) / 2 + 1.2f, style);
    }

    /** What each colour means, in the newest rubric's levels, and the other cells. */
    private void legend(HeatMap map) {
        ReportCanvas canvas = flow.canvas();
        float swatch = 16;
        flow.ensure(ROW * 2 + HEADER + ROW * 3);
        float x = flow.left();
        float y = flow.y() - ROW;
        if (map.newestScale().isPresent()) {
            Scale scale = map.newestScale().get();
            for (ScaleLevel level : scale.levels()) {
                Rgb fill = STEPS.get(stepOf(scale.normalise(level.value())));
                String number = DisplayNumbers.level(level.value());
                String label = number + " " + level.label();
                float room = swatch + 4 + canvas.width(label, LABEL) + 10;
                if (x + room > flow.right()) {
                    flow.advance(ROW + 2);
                    x = flow.left();
                    y = flow.y() - ROW;
                }
                canvas.fillRect(x, y + 1, swatch, ROW - 2, fill);
                canvas.text(number, x + (swatch - canvas.width(number, CELL)) / 2, y + 3.5f, CELL.withColour(textOn(fill)));
                canvas.text(label, x + swatch + 4, y + 3.5f, LABEL);
                x += room;
            }
        }
        String notApplicable = flow.texts().get("answer.notApplicable");
        String unanswered = flow.texts().get("answer.unanswered");
        float room = swatch + 4 + canvas.width(notApplicable, LABEL) + 10 + swatch + 4 + canvas.width(unanswered, LABEL);
        if (x + room > flow.right()) {
            flow.advance(ROW + 2);
            x = flow.left();
            y = flow.y() - ROW;
        }
        canvas.fillRect(x, y + 1, swatch, ROW - 2, ReportColours.TRACK);
        canvas.strokeRect(x, y + 1, swatch, ROW - 2, ReportColours.GRID, 0.5f);
        canvas.text(notApplicable, x + swatch + 4, y + 3.5f, LABEL);
        x += swatch + 4 + canvas.width(notApplicable, LABEL) + 10;
        canvas.strokeRect(x + 1.5f, y + 2.5f, swatch - 3, ROW - 5, ReportColours.MUTED, 0.6f);
        canvas.text(unanswered, x + swatch + 4, y + 3.5f, LABEL);
        flow.advance(ROW + 6);
    }

    /** As the screen's HeatMapPalette: a 0..1 score in five steps. */
    static int stepOf(double score) {
        return (int) Math.max(0, Math.min(STEPS.size() - 1, Math.round(score * (STEPS.size() - 1))));
    }

    /** Black or white, whichever contrasts more with the fill (WCAG relative luminance). */
    static Rgb textOn(Rgb fill) {
        double luminance = 0.2126 * linear(fill.red()) + 0.7152 * linear(fill.green()) + 0.0722 * linear(fill.blue());
        double againstWhite = 1.05 / (luminance + 0.05);
        double againstBlack = (luminance + 0.05) / 0.05;
        return againstBlack >= againstWhite ? Rgb.hex("#000000") : ReportColours.WHITE;
    }

    private static double linear(float channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
