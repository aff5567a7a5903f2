package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.trends.TrendCategory;
import io.debtmeter.core.analysis.trends.TrendPoint;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Lays out a team's trend: the debt index over its assessments and each category's debt, as vector
 * line charts, then the same numbers as tables. Values are the trend calculator's (core.analysis.trends).
 */
record TrendReport(TrendReportData data, ReportFlow flow, ReportNumbers numbers, ReportTexts texts) {

    private static final float[] DASHES_NONE = null;
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {6, 3}, new float[] {2, 2.5f},
            new float[] {7, 3, 2, 3});

    TrendReport(TrendReportData data, ReportDocument document) {
        this(data, document.flow(), document.numbers(), document.texts());
    }

    void draw() {
        List<TrendPoint> points = data.trend().points();
        flow.paragraph(texts.get("pdf.trend.title"), TextStyle.TITLE);
        flow.paragraph(data.teamName(), TextStyle.SECTION);
        flow.gap(2);
        if (points.isEmpty()) {
            flow.paragraph(texts.get("pdf.trend.empty"), TextStyle.BODY);
            return;
        }
        String first = points.get(0).period();
        String last = points.get(points.size() - 1).period();
        flow.paragraph(points.size() == 1 ? texts.get("pdf.trend.summaryOne", first, last)
                : texts.get("pdf.trend.summary", String.valueOf(points.size()), first, last), TextStyle.MUTED);
        flow.gap(12);
        List<String> periods = points.stream().map(TrendPoint::period).toList();
        flow.heading(texts.get("col.debtIndex"), TextStyle.SUBSECTION, 200);
        new LineChart(flow).draw(periods, List.of(overall(points)), data.gradeBands(), 170);
        flow.gap(10);
        flow.heading(texts.get("pdf.trend.byCategory"), TextStyle.SUBSECTION, 240);
        flow.paragraph(texts.get("pdf.trend.byCategoryHelp"), TextStyle.SMALL_MUTED);
        flow.gap(2);
        new LineChart(flow).draw(periods, categorySeries(points), data.gradeBands(), 190);
        flow.gap(12);
        assessmentTable(points);
        flow.gap(12);
        categoryTable(points);
        if (data.heatMap().rowCount() > 0) {
            flow.gap(12);
            flow.heading(texts.get("pdf.trend.items"), TextStyle.SUBSECTION, 80);
            flow.paragraph(texts.get("pdf.trend.itemsHelp"), TextStyle.SMALL_MUTED);
            flow.gap(4);
            new HeatMapTable(flow).draw(data.heatMap());
        }
    }

    private Series overall(List<TrendPoint> points) {
        return new Series(texts.get("col.debtIndex"), points.stream().map(TrendPoint::debtIndex).toList(), ReportColours.TEXT, 2.2f,
                DASHES_NONE, PointShape.CIRCLE);
    }

    private List<Series> categorySeries(List<TrendPoint> points) {
        List<Series> series = new ArrayList<>();
        int slot = 0;
        for (TrendCategory category : data.trend().categories()) {
            List<OptionalDouble> values = points.stream().map(p -> p.categoryDebt(category.id())).toList();
            String name = category.retired() ? texts.get("retired", category.title()) : category.title();
            series.add(new Series(name, values, ReportColours.LINES.get(slot % ReportColours.LINES.size()), 1.3f,
                    DASHES.get(slot % DASHES.size()), PointShape.values()[slot % PointShape.values().length]));
            slot++;
        }
        return series;
    }

    private void assessmentTable(List<TrendPoint> points) {
        flow.heading(texts.get("pdf.trend.assessments"), TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        OptionalDouble previous = OptionalDouble.empty();
        for (TrendPoint point : points) {
            rows.add(List.of(Cell.of(point.period()), Cell.of(numbers.date(point.date())),
                    Cell.of(numbers.score(point.debtIndex())), Cell.of(point.grade().orElse("–")),
                    change(previous, point.debtIndex())));
            previous = point.debtIndex();
        }
        new Table(flow, List.of(Column.text(texts.get("col.period"), 2), Column.text(texts.get("col.date"), 2),
                Column.number(texts.get("col.debtIndex"), 1.6f), Column.text(texts.get("col.grade"), 1.2f),
                Column.text(texts.get("pdf.trend.sincePrevious"), 3)), TextStyle.BODY).draw(rows);
    }

    private void categoryTable(List<TrendPoint> points) {
        flow.heading(texts.get("pdf.trend.categories"), TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        for (TrendCategory category : data.trend().categories()) {
            List<TrendPoint> scored = points.stream().filter(p -> p.categoryDebt(category.id()).isPresent()).toList();
            if (scored.isEmpty()) {
                rows.add(List.of(Cell.of(category.title()), Cell.of("–"), Cell.of("–"), Cell.of(texts.get("pdf.trend.neverScored"))));
                continue;
            }
            TrendPoint first = scored.get(0);
            TrendPoint latest = scored.get(scored.size() - 1);
            rows.add(List.of(Cell.of(category.retired() ? texts.get("retired", category.title()) : category.title()),
                    Cell.of(first.period() + ": " + numbers.score(first.categoryDebt(category.id()))),
                    Cell.of(latest.period() + ": " + numbers.score(latest.categoryDebt(category.id()))),
                    scored.size() == 1 ? Cell.of(texts.get("pdf.trend.oneAssessment")) : change(first.categoryDebt(category.id()),
                            latest.categoryDebt(category.id()))));
        }
        new Table(flow, List.of(Column.text(texts.get("col.category"), 4), Column.text(texts.get("pdf.trend.first"), 2.2f),
                Column.text(texts.get("pdf.trend.latest"), 2.2f), Column.text(texts.get("col.change"), 2.6f)),
                TextStyle.BODY).draw(rows);
    }

    /** Less debt is an improvement; the difference of the shown values, as the comparison computes it. */
    private Cell change(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Cell.of("–");
        }
        double delta = ScoreCalculator.roundForDisplay(ScoreCalculator.roundForDisplay(after.getAsDouble())
                - ScoreCalculator.roundForDisplay(before.getAsDouble()));
        DebtMove move = DebtMove.ofDebtDelta(delta);
        return Cell.marked(Marker.of(move), numbers.signed(delta) + "  " + texts.word(move));
    }
}
