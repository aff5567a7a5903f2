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
import io.debtmeter.model.GradeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a comparison of two assessments: the headline deltas, category deltas, every matched item
 * with both answers, the notes that explain the moves, unmatched items and the actions closed between.
 * Every number is the comparison's (core.analysis.compare), as the compare screen shows it.
 */
record ComparisonReport(Comparison comparison, ReportFlow flow, ReportNumbers numbers) {

    static final String TITLE = "Assessment comparison";

    ComparisonReport(Comparison comparison, ReportDocument document) {
        this(comparison, document.flow(), document.numbers());
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
        flow.paragraph(TITLE, TextStyle.TITLE);
        flow.paragraph(subtitle(comparison), TextStyle.SECTION);
        flow.gap(2);
        flow.paragraph("Before: " + side(comparison.before()), TextStyle.MUTED);
        flow.paragraph("After: " + side(comparison.after()), TextStyle.MUTED);
        if (!comparison.sameRubricVersion()) {
            flow.paragraph("The two assessments use different rubric versions: items and categories are matched by id, "
                    + "each side scored with its own rubric.", TextStyle.SMALL_MUTED);
            if (!comparison.meaningChanged().isEmpty()) {
                flow.paragraph(comparison.meaningChanged().size() + " items changed meaning between the versions, so their"
                        + " level change compares two different questions: " + comparison.meaningChanged().stream()
                        .map(d -> d.title()).collect(java.util.stream.Collectors.joining(", ")) + ".", TextStyle.SMALL_MUTED);
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
        return side.teamName() + " · " + side.assessment().period() + " · assessed "
                + numbers.date(side.assessment().date()) + " · rubric " + side.rubric().title() + " "
                + side.rubric().version();
    }

    private void headline() {
        OverallDelta overall = comparison.overall();
        String text = "Debt index " + numbers.score(overall.before()) + " → " + numbers.score(overall.after());
        if (overall.delta().isPresent()) {
            text += " (" + numbers.signed(overall.delta()) + "): " + ChangeTexts.word(overall.change());
        }
        TextStyle style = TextStyle.SUBSECTION.withSize(14);
        flow.ensure(style.lineHeight() * 3);
        ReportCanvas canvas = flow.canvas();
        ChangeTexts.marker(overall.change()).draw(canvas, flow.left() + 6, flow.y() - style.ascent() + 5, 11);
        canvas.text(text, flow.left() + 18, flow.y() - style.ascent(), style);
        flow.advance(style.lineHeight());
        String grades = "Grade " + grade(comparison.before()) + " → " + grade(comparison.after())
                + " · lower debt is better";
        flow.paragraph(grades, TextStyle.BODY, 18);
        flow.paragraph("Items: " + comparison.count(ItemFilter.IMPROVED) + " improved · "
                + comparison.count(ItemFilter.REGRESSED) + " regressed · " + comparison.count(ItemFilter.UNCHANGED)
                + " unchanged · " + comparison.count(ItemFilter.NOT_COMPARABLE) + " not comparable (N/A or "
                + "unanswered on a side)", TextStyle.BODY, 18);
    }

    private static String grade(ScoredSide side) {
        return side.score().grade().map(GradeBand::label).orElse("–");
    }

    private void categories() {
        tableHeading("Categories", "Maturity in percent; higher is better.");
        List<List<Cell>> rows = new ArrayList<>();
        for (CategoryDelta category : comparison.categories()) {
            String title = switch (category.presence()) {
                case BOTH -> category.title();
                case ONLY_BEFORE -> category.title() + " (only before)";
                case ONLY_AFTER -> category.title() + " (only after)";
            };
            rows.add(List.of(Cell.of(title), Cell.of(percent(category.before())), Cell.of(percent(category.after())),
                    Cell.of(numbers.signed(category.delta())), changeCell(category.change())));
        }
        new Table(flow, List.of(Column.text("Category", 5), Column.number("Before", 1.4f), Column.number("After", 1.4f),
                Column.number("Change", 1.4f), Column.text("", 2.2f)), TextStyle.BODY).draw(rows);
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

    private static Cell changeCell(Change change) {
        return Cell.marked(ChangeTexts.marker(change), ChangeTexts.word(change));
    }

    private void items() {
        tableHeading("Items", "Answers on each side; the change is counted in levels of the scale.");
        List<List<Cell>> rows = new ArrayList<>();
        for (ItemDelta item : comparison.items()) {
            String levels = item.levelDelta().isPresent()
                    ? numbers.signedLevels(item.levelDelta().getAsDouble()) : "–";
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()),
                    Cell.of(ChangeTexts.side(item.before(), numbers)), Cell.of(ChangeTexts.side(item.after(), numbers)),
                    Cell.of(levels), changeCell(item.change())));
        }
        new Table(flow, List.of(Column.text("Item", 3.8f), Column.text("Category", 2.6f), Column.text("Before", 2.4f),
                Column.text("After", 2.4f), Column.number("Levels", 1.2f), Column.text("Change", 2.7f)), TextStyle.SMALL)
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
        flow.heading("Notes on items that moved", TextStyle.SUBSECTION, 40);
        for (ItemDelta item : moved) {
            flow.heading(item.title() + " — " + item.change().debtMove().marked(), TextStyle.BODY_BOLD,
                    TextStyle.BODY.lineHeight());
            if (item.before().hasNote()) {
                flow.paragraph("Before: " + item.before().note(), TextStyle.BODY, 10);
            }
            if (item.after().hasNote()) {
                flow.paragraph("After: " + item.after().note(), TextStyle.BODY, 10);
            }
            flow.gap(4);
        }
    }

    private void unmatched() {
        if (comparison.onlyBefore().isEmpty() && comparison.onlyAfter().isEmpty()) {
            return;
        }
        flow.gap(12);
        flow.heading("Items in one rubric only", TextStyle.SUBSECTION, 40);
        List<List<Cell>> rows = new ArrayList<>();
        for (UnmatchedItem item : comparison.onlyBefore()) {
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()), Cell.of("Only before (removed)"),
                    Cell.of(ChangeTexts.side(item.answer(), numbers))));
        }
        for (UnmatchedItem item : comparison.onlyAfter()) {
            rows.add(List.of(Cell.of(item.title()), Cell.of(item.categoryTitle()), Cell.of("Only after (added)"),
                    Cell.of(ChangeTexts.side(item.answer(), numbers))));
        }
        new Table(flow, List.of(Column.text("Item", 4), Column.text("Category", 3), Column.text("Where", 2.4f),
                Column.text("Answer", 2.4f)), TextStyle.SMALL).draw(rows);
    }

    private void closedActions() {
        flow.gap(12);
        flow.heading("Actions closed between the two assessments", TextStyle.SUBSECTION, 40);
        if (comparison.closedActions().isEmpty()) {
            flow.paragraph("None.", TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ClosedAction closed : comparison.closedActions()) {
            String status = closed.action().status().name().toLowerCase(Locale.ROOT);
            rows.add(List.of(Cell.of(closed.itemTitle()), Cell.of(closed.action().text()), Cell.of(closed.action().owner()),
                    Cell.of(numbers.date(closed.closedOn())), Cell.of(status), changeCell(closed.itemChange())));
        }
        new Table(flow, List.of(Column.text("Item", 3), Column.text("Action", 4.2f), Column.text("Owner", 1.5f),
                Column.text("Closed", 1.6f), Column.text("Status", 1.2f), Column.text("Item moved", 2.6f)),
                TextStyle.SMALL).draw(rows);
    }
}
