package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.analysis.compare.OverallDelta;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.analysis.compare.UnmatchedItem;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.model.GradeBand;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a comparison of two assessments: the headline deltas, category deltas, every matched item
 * with both answers, the notes that explain the moves, unmatched items and the actions closed between.
 * Every number is the comparison's (core.analysis.compare), as the compare screen shows it.
 */
record ComparisonReport(Comparison comparison, ReportFlow flow, ReportNumbers numbers, ReportTexts texts) {

    ComparisonReport(Comparison comparison, ReportDocument document) {
        this(comparison, document.flow(), document.numbers(), document.texts());
    }

    /** "Team A · 2026-Q3 → 2026-Q4", or with both team names when two teams are compared. */
    static String subtitle(Comparison comparison) {
        ScoredSide before = comparison.before();
        ScoredSide after = comparison.after();
        return comparison.sameTeam()
                ? before.teamName() + " · " + before.assessment().period() + " → " + after.assessment().period()
                : before.teamName() + " " + before.assessment().period() + " → " + after.teamName() + " "
                + after.assessment().period();
    }

    void draw() {
        flow.paragraph(texts.get("pdf.comparison.title"), TextStyle.TITLE);
        flow.paragraph(subtitle(comparison), TextStyle.SECTION);
        flow.gap(2);
        flow.paragraph(texts.get("before", side(comparison.before())), TextStyle.MUTED);
        flow.paragraph(texts.get("after", side(comparison.after())), TextStyle.MUTED);
        if (!comparison.sameRubricVersion()) {
            flow.paragraph(texts.get("pdf.comparison.versions"), TextStyle.SMALL_MUTED);
            if (!comparison.meaningChanged().isEmpty()) {
                flow.paragraph(texts.get("pdf.comparison.meaningChanged", String.valueOf(comparison.meaningChanged().size()),
                        comparison.meaningChanged().stream().map(d -> d.title())
                                .collect(java.util.stream.Collectors.joining(", "))), TextStyle.SMALL_MUTED);
            }
        }
        flow.gap(12);
        headline();
        flow.gap(12);
        categories();
        flow.gap(12);
        items();
        notes();
        unmatched();
        closedActions();
    }

    private String side(ScoredSide side) {
        return texts.get("pdf.comparison.side", side.teamName(), side.assessment().period(),
                numbers.date(side.assessment().date()), side.rubric().title(), side.rubric().version());
    }

    private void headline() {
        OverallDelta overall = comparison.overall();
        String text = overall.delta().isPresent()
                ? texts.get("pdf.comparison.headlineDelta", numbers.score(overall.before()), numbers.score(overall.after()),
                        numbers.signed(overall.delta()), ChangeTexts.word(overall.change(), texts))
                : texts.get("pdf.comparison.headline", numbers.score(overall.before()), numbers.score(overall.after()));
        TextStyle style = TextStyle.SUBSECTION.withSize(14);
        flow.ensure(style.lineHeight() * 3);
        ReportCanvas canvas = flow.canvas();
        ChangeTexts.marker(overall.change()).draw(canvas, flow.left() + 6, flow.y() - style.ascent() + 5, 11);
        canvas.text(text, flow.left() + 18, flow.y() - style.ascent(), style);
        flow.advance(style.lineHeight());
        flow.paragraph(texts.get("pdf.comparison.grades", grade(comparison.before()), grade(comparison.after())),
                TextStyle.BODY, 18);
        flow.paragraph(texts.get("pdf.comparison.counts", String.valueOf(comparison.count(ItemFilter.IMPROVED)),
                String.valueOf(comparison.count(ItemFilter.REGRESSED)), String.valueOf(comparison.count(ItemFilter.UNCHANGED)),
                String.valueOf(comparison.count(ItemFilter.NOT_COMPARABLE))), TextStyle.BODY, 18);
    }

    private static String grade(ScoredSide side) {
        return side.score().grade().map(GradeBand::label).orElse("–");
    }

    private void categories() {
        tableHeading(texts.get("pdf.comparison.categories"), texts.get("pdf.comparison.categoriesHelp"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CategoryDelta category : comparison.categories()) {
            String title = switch (category.presence()) {
                case BOTH -> category.title();
                case ONLY_BEFORE -> texts.get("pdf.comparison.onlyBefore", category.title());
                case ONLY_AFTER -> texts.get("pdf.comparison.onlyAfter", category.title());
            };
            rows.add(List.of(Cell.of(title), Cell.of(percent(category.before())), Cell.of(percent(category.after())),
                    Cell.of(numbers.signed(category.delta())), changeCell(category.change())));
        }
        new Table(flow, List.of(Column.text(texts.get("col.category"), 5), Column.number(texts.get("col.before"), 1.4f),
                Column.number(texts.get("col.after"), 1.4f), Column.number(texts.get("col.change"), 1.4f),
                Column.text("", 2.2f)), TextStyle.BODY).draw(rows);
    }

    /** A subsection heading with a line on how to read the table below it. */
    private void tableHeading(String title, String howToRead) {
        flow.heading(title, TextStyle.SUBSECTION, 40);
        flow.paragraph(howToRead, TextStyle.SMALL_MUTED);
        flow.gap(3);
    }

    private String percent(java.util.OptionalDouble value) {
        return value.isPresent() ? numbers.score(value.getAsDouble()) + " %" : "–";
    }

    private Cell changeCell(Change change) {
        return Cell.marked(ChangeTexts.marker(change), ChangeTexts.word(change, texts));
    }

    private void items() {
        tableHeading(texts.get("pdf.comparison.items"), texts.get("pdf.comparison.itemsHelp"));
        List<List<Cell>> rows = new ArrayList<>();
        for (ItemDelta item : comparison.items()) {
            String levels = item.levelDelta().isPresent()
                    ? numbers.signedLevels(item.levelDelta().getAsDouble()) : "–";
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()),
                    Cell.of(ChangeTexts.side(item.before(), numbers, texts)),
                    Cell.of(ChangeTexts.side(item.after(), numbers, texts)),
                    Cell.of(levels), changeCell(item.change())));
        }
        new Table(flow, List.of(Column.text(texts.get("col.item"), 3.8f), Column.text(texts.get("col.category"), 2.6f),
                Column.text(texts.get("col.before"), 2.4f), Column.text(texts.get("col.after"), 2.4f),
                Column.number(texts.get("col.levels"), 1.2f), Column.text(texts.get("col.change"), 2.7f)), TextStyle.SMALL)
                .draw(rows);
    }

    /** The notes of items that moved: what the team wrote to explain it. */
    private void notes() {
        List<ItemDelta> moved = comparison.items().stream()
                .filter(i -> i.change() == Change.IMPROVED || i.change() == Change.REGRESSED)
                .filter(i -> i.before().hasNote() || i.after().hasNote())
                .toList();
        if (moved.isEmpty()) {
            return;
        }
        flow.gap(12);
        flow.heading(texts.get("pdf.comparison.notes"), TextStyle.SUBSECTION, 40);
        for (ItemDelta item : moved) {
            flow.heading(item.title() + " — " + texts.marked(item.change().debtMove()), TextStyle.BODY_BOLD,
                    TextStyle.BODY.lineHeight());
            if (item.before().hasNote()) {
                flow.paragraph(texts.get("before", item.before().note()), TextStyle.BODY, 10);
            }
            if (item.after().hasNote()) {
                flow.paragraph(texts.get("after", item.after().note()), TextStyle.BODY, 10);
            }
            flow.gap(4);
        }
    }

    private void unmatched() {
        if (comparison.onlyBefore().isEmpty() && comparison.onlyAfter().isEmpty()) {
            return;
        }
        flow.gap(12);
        flow.heading(texts.get("pdf.comparison.unmatched"), TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        for (UnmatchedItem item : comparison.onlyBefore()) {
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()), Cell.of(texts.get("pdf.comparison.removed")),
                    Cell.of(ChangeTexts.side(item.answer(), numbers, texts))));
        }
        for (UnmatchedItem item : comparison.onlyAfter()) {
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()), Cell.of(texts.get("pdf.comparison.added")),
                    Cell.of(ChangeTexts.side(item.answer(), numbers, texts))));
        }
        new Table(flow, List.of(Column.text(texts.get("col.item"), 4), Column.text(texts.get("col.category"), 3),
                Column.text(texts.get("pdf.comparison.where"), 2.4f), Column.text(texts.get("col.answer"), 2.4f)),
                TextStyle.SMALL).draw(rows);
    }

    private void closedActions() {
        flow.gap(12);
        flow.heading(texts.get("pdf.comparison.closed"), TextStyle.SUBSECTION, 40);
        if (comparison.closedActions().isEmpty()) {
            flow.paragraph(texts.get("none"), TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ClosedAction closed : comparison.closedActions()) {
            String status = texts.status(closed.action().status());
            rows.add(List.of(Cell.of(closed.itemTitle()), Cell.of(closed.action().text()), Cell.of(closed.action().owner()),
                    Cell.of(numbers.date(closed.closedOn())), Cell.of(status), changeCell(closed.itemChange())));
        }
        float closedOn = numbers.dateColumn(1.6f);
        new Table(flow, List.of(Column.text(texts.get("col.item"), 3), Column.text(texts.get("col.action"), 4.2f - (closedOn - 1.6f)),
                Column.text(texts.get("col.owner"), 1.5f), Column.text(texts.get("pdf.comparison.closedOn"), closedOn),
                Column.text(texts.get("col.status"), 1.2f), Column.text(texts.get("pdf.comparison.itemMoved"), 2.6f)),
                TextStyle.SMALL).draw(rows);
    }
}
