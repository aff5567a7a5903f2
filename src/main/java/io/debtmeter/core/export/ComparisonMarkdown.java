package io.debtmeter.core.export;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.analysis.compare.ItemSide;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.GradeBand;

import java.util.List;
import java.util.stream.Collectors;

import static io.debtmeter.core.export.MarkdownText.cell;
import static io.debtmeter.core.export.MarkdownText.header;
import static io.debtmeter.core.export.MarkdownText.inline;
import static io.debtmeter.core.export.MarkdownText.row;

/**
 * A comparison as Markdown: both sides' headline numbers, the category deltas, the improved and
 * regressed items with the notes that explain them, and the actions closed in between. Deltas are the
 * comparison's own (differences of values as shown).
 */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    public static String render(Comparison comparison) {
        ScoredSide before = comparison.before();
        ScoredSide after = comparison.after();
        StringBuilder md = new StringBuilder();
        md.append("# Comparison: ").append(inline(sideName(before))).append(" \u2192 ").append(inline(sideName(after)))
                .append("\n\n");
        md.append(header(List.of("", "Before", "After", "Change"), List.of(false, true, true, true)));
        md.append(row(List.of("Team", cell(before.teamName()), cell(after.teamName()), "")));
        md.append(row(List.of("Period", cell(before.assessment().period()), cell(after.assessment().period()), "")));
        md.append(row(List.of("Date", DisplayDates.shown(before.assessment().date()), DisplayDates.shown(after.assessment().date()), "")));
        md.append(row(List.of("Rubric", cell(before.rubric().id() + " " + before.rubric().version()),
                cell(after.rubric().id() + " " + after.rubric().version()), "")));
        md.append(row(List.of("Debt index", DisplayNumbers.shown(comparison.overall().before()),
                DisplayNumbers.shown(comparison.overall().after()),
                debtChange(comparison))));
        md.append(row(List.of("Grade", grade(before), grade(after), "")));

        if (!comparison.meaningChanged().isEmpty()) {
            md.append("\n_").append(comparison.meaningChanged().size()).append(" items changed meaning between the rubric")
                    .append(" versions, so their level change compares two different questions: ")
                    .append(comparison.meaningChanged().stream().map(d -> inline(d.title())).collect(Collectors.joining(", ")))
                    .append("._\n");
        }
        md.append("\n## Categories (maturity %)\n\n");
        md.append(header(List.of("Category", "Before", "After", "Change"), List.of(false, true, true, true)));
        for (CategoryDelta category : comparison.categories()) {
            md.append(row(List.of(cell(category.title()), DisplayNumbers.shown(category.before()),
                    DisplayNumbers.shown(category.after()), categoryChange(category))));
        }
        items(md, DebtMove.LESS_DEBT, comparison.items(ItemFilter.IMPROVED));
        items(md, DebtMove.MORE_DEBT, comparison.items(ItemFilter.REGRESSED));
        md.append('\n').append(comparison.count(ItemFilter.UNCHANGED)).append(" unchanged, ")
                .append(comparison.count(ItemFilter.NOT_COMPARABLE))
                .append(" not comparable (not applicable or unanswered on a side), ")
                .append(comparison.onlyBefore().size()).append(" only before, ")
                .append(comparison.onlyAfter().size()).append(" only after.\n");
        closed(md, comparison.closedActions());
        return md.toString();
    }

    static String sideName(ScoredSide side) {
        return side.teamName() + " " + side.assessment().period();
    }

    private static String grade(ScoredSide side) {
        return side.score().grade().map(GradeBand::label).map(MarkdownText::cell).orElse(DisplayNumbers.NONE);
    }

    /** The debt-index change as every surface writes it: "▼ -10.3 improved" (▼ = less debt). */
    public static String debtChange(Comparison comparison) {
        return comparison.overall().change().debtMove().marked(DisplayNumbers.signed(comparison.overall().delta()));
    }

    /** A category's maturity change and which way its debt went: "+12.5 (▼ improved)"; the dash when not comparable. */
    public static String categoryChange(CategoryDelta category) {
        DebtMove move = category.change().debtMove();
        String delta = DisplayNumbers.signed(category.delta());
        return move == DebtMove.NOT_COMPARABLE ? delta : delta + " (" + move.marked() + ")";
    }

    /** "▼ Improved", "▲ Regressed": the heading of the items that moved that way. */
    public static String movedTitle(DebtMove move) {
        String word = move.word();
        return move.glyph() + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void items(StringBuilder md, DebtMove move, List<ItemDelta> items) {
        md.append("\n## ").append(movedTitle(move)).append(" items (").append(items.size()).append(")\n\n");
        if (items.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append(header(List.of("Item", "Category", "Before", "After", "Levels", "Notes"),
                List.of(false, false, false, false, true, false)));
        for (ItemDelta item : items) {
            md.append(row(List.of(cell(item.title()), cell(item.categoryTitle()), cell(answer(item.before())),
                    cell(answer(item.after())), DisplayNumbers.signedLevels(item.levelDelta()), notes(item))));
        }
    }

    /** "2 Defined", an option's label, "not applicable", "don't know" or "unanswered". */
    public static String answer(ItemSide side) {
        return switch (side.state()) {
            case LEVEL -> DisplayNumbers.level(side.value().getAsDouble()) + " " + side.label();
            case OPTION -> side.label();
            case NOT_APPLICABLE -> "not applicable";
            case DONT_KNOW -> "don't know";
            case UNANSWERED -> "unanswered";
        };
    }

    private static String notes(ItemDelta item) {
        StringBuilder notes = new StringBuilder();
        if (item.before().hasNote()) {
            notes.append("Before: ").append(cell(item.before().note()));
        }
        if (item.after().hasNote()) {
            notes.append(notes.length() > 0 ? " " : "").append("After: ").append(cell(item.after().note()));
        }
        return notes.toString();
    }

    private static void closed(StringBuilder md, List<ClosedAction> closed) {
        md.append("\n## Actions closed in between (").append(closed.size()).append(")\n\n");
        if (closed.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append(header(List.of("Action", "Status", "Closed on", "Item", "Item change"),
                List.of(false, false, false, false, false)));
        for (ClosedAction action : closed) {
            md.append(row(List.of(cell(action.action().text()), action.action().status().name().toLowerCase(),
                    DisplayDates.shown(action.closedOn()), cell(action.itemTitle()),
                    action.itemChange().debtMove().marked())));
        }
    }
}
