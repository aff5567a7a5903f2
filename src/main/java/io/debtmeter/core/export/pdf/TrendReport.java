package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.trends.TrendCategory;
import io.debtmeter.core.analysis.trends.TrendPoint;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Lays out a team's trend: the debt index over its assessments and each category's debt, as vector
 * line charts, then the same numbers as tables. Values are the trend calculator's (core.analysis.trends).
 */
record TrendReport(TrendReportData data, ReportFlow flow, ReportNumbers numbers) {

    static final String TITLE = "Team trend";
    private static final float[] DASHES_NONE = null;
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {6, 3}, new float[] {2, 2.5f},
            new float[] {7, 3, 2, 3});

    TrendReport(TrendReportData data, ReportDocument document) {
        this(data, document.flow(), document.numbers());
    }

    void draw() {
        List<TrendPoint> points = data.trend().points();
        flow.paragraph(TITLE, TextStyle.TITLE);
        flow.paragraph(data.teamName(), TextStyle.SECTION);
        flow.gap(2);
        if (points.isEmpty()) {
            flow.paragraph("This team has no assessments yet.", TextStyle.BODY);
            return;
        }
        flow.paragraph(points.size() + (points.size() == 1 ? " assessment, " : " assessments, ")
                + points.get(0).period() + " to " + points.get(points.size() - 1).period()
                + ". Debt index: 0 = no debt, 100 = all debt; lower is better.", TextStyle.MUTED);
        flow.gap(12);
        List<String> periods = points.stream().map(TrendPoint::period).toList();
        flow.heading("Debt index", TextStyle.SUBSECTION, 200);
        new LineChart(flow).draw(periods, List.of(overall(points)), data.gradeBands(), 170);
        flow.gap(10);
        flow.heading("Debt by category", TextStyle.SUBSECTION, 240);
        flow.paragraph("100 − the category's maturity; a gap means the category was not scored that time.",
                TextStyle.SMALL_MUTED);
        flow.gap(2);
        new LineChart(flow).draw(periods, categorySeries(points), data.gradeBands(), 190);
        flow.gap(12);
        assessmentTable(points);
        flow.gap(12);
        categoryTable(points);
        if (data.heatMap().rowCount() > 0) {
            flow.gap(12);
            flow.heading("Items over time", TextStyle.SUBSECTION, 80);
            flow.paragraph("Each item's level in each assessment, from least mature (dark) to most mature (light).",
                    TextStyle.SMALL_MUTED);
            flow.gap(4);
            new HeatMapTable(flow).draw(data.heatMap());
        }
    }

    private static Series overall(List<TrendPoint> points) {
        return new Series("Debt index", points.stream().map(TrendPoint::debtIndex).toList(), ReportColours.TEXT, 2.2f,
                DASHES_NONE, PointShape.CIRCLE);
    }

    private List<Series> categorySeries(List<TrendPoint> points) {
        List<Series> series = new ArrayList<>();
        int slot = 0;
        for (TrendCategory category : data.trend().categories()) {
            List<OptionalDouble> values = points.stream().map(p -> p.categoryDebt(category.id())).toList();
            String name = category.retired() ? category.title() + " (retired)" : category.title();
            series.add(new Series(name, values, ReportColours.LINES.get(slot % ReportColours.LINES.size()), 1.3f,
                    DASHES.get(slot % DASHES.size()), PointShape.values()[slot % PointShape.values().length]));
            slot++;
        }
        return series;
    }

    private void assessmentTable(List<TrendPoint> points) {
        flow.heading("Assessments", TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        OptionalDouble previous = OptionalDouble.empty();
        for (TrendPoint point : points) {
            rows.add(List.of(Cell.of(point.period()), Cell.of(numbers.date(point.date())),
                    Cell.of(numbers.score(point.debtIndex())), Cell.of(point.grade().orElse("–")),
                    change(previous, point.debtIndex())));
            previous = point.debtIndex();
        }
        new Table(flow, List.of(Column.text("Period", 2), Column.text("Date", 2), Column.number("Debt index", 1.6f),
                Column.text("Grade", 1.2f), Column.text("Change since previous", 3)), TextStyle.BODY).draw(rows);
    }

    private void categoryTable(List<TrendPoint> points) {
        flow.heading("Categories: first and latest debt", TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        for (TrendCategory category : data.trend().categories()) {
            List<TrendPoint> scored = points.stream().filter(p -> p.categoryDebt(category.id()).isPresent()).toList();
            if (scored.isEmpty()) {
                rows.add(List.of(Cell.of(category.title()), Cell.of("–"), Cell.of("–"), Cell.of("never scored")));
                continue;
            }
            TrendPoint first = scored.get(0);
            TrendPoint latest = scored.get(scored.size() - 1);
            rows.add(List.of(Cell.of(category.title() + (category.retired() ? " (retired)" : "")),
                    Cell.of(first.period() + ": " + numbers.score(first.categoryDebt(category.id()))),
                    Cell.of(latest.period() + ": " + numbers.score(latest.categoryDebt(category.id()))),
                    scored.size() == 1 ? Cell.of("one assessment") : change(first.categoryDebt(category.id()),
                            latest.categoryDebt(category.id()))));
        }
        new Table(flow, List.of(Column.text("Category", 4), Column.text("First", 2.2f), Column.text("Latest", 2.2f),
                Column.text("Change", 2.6f)), TextStyle.BODY).draw(rows);
    }

    /** Less debt is an improvement; the difference of the shown values, as the comparison computes it. */
    private Cell change(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Cell.of("–");
        }
        double delta = ScoreCalculator.roundForDisplay(ScoreCalculator.roundForDisplay(after.getAsDouble())
                - ScoreCalculator.roundForDisplay(before.getAsDouble()));
        DebtMove move = DebtMove.ofDebtDelta(delta);
        return Cell.marked(Marker.of(move), numbers.signed(delta) + "  " + move.word());
    }
}
