package io.debtmeter.cli;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.export.ComparisonMarkdown;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.GradeBand;

import java.util.List;

/** A comparison as plain text for a terminal: headline, categories, moved items with their notes. */
final class ComparisonText {

    private ComparisonText() {
    }

    static String render(Comparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append("Before: ").append(side(comparison.before())).append('\n');
        text.append("After:  ").append(side(comparison.after())).append('\n');
        text.append("Debt index: ").append(DisplayNumbers.shown(comparison.overall().before())).append(" -> ")
                .append(DisplayNumbers.shown(comparison.overall().after())).append("  ")
                .append(ComparisonMarkdown.debtChange(comparison)).append("\n\n");
        TextTable categories = new TextTable("CATEGORY (maturity %)", "BEFORE", "AFTER", "CHANGE");
        for (CategoryDelta category : comparison.categories()) {
            categories.row(category.title(), DisplayNumbers.shown(category.before()), DisplayNumbers.shown(category.after()),
                    ComparisonMarkdown.categoryChange(category));
        }
        text.append(categories.render());
        items(text, ComparisonMarkdown.movedTitle(DebtMove.LESS_DEBT), comparison.items(ItemFilter.IMPROVED));
        items(text, ComparisonMarkdown.movedTitle(DebtMove.MORE_DEBT), comparison.items(ItemFilter.REGRESSED));
        text.append('\n').append(comparison.count(ItemFilter.UNCHANGED)).append(" unchanged, ")
                .append(comparison.count(ItemFilter.NOT_COMPARABLE)).append(" not comparable, ")
                .append(comparison.onlyBefore().size()).append(" only before, ")
                .append(comparison.onlyAfter().size()).append(" only after.\n");
        if (!comparison.closedActions().isEmpty()) {
            text.append("\nActions closed in between (").append(comparison.closedActions().size()).append("):\n");
            for (ClosedAction closed : comparison.closedActions()) {
                text.append("  ").append(DisplayDates.shown(closed.closedOn())).append("  ").append(closed.action().status().name().toLowerCase())
                        .append("  ").append(oneLine(closed.action().text())).append("  [").append(closed.itemTitle())
                        .append("]\n");
            }
        }
        return text.toString();
    }

    private static String side(ScoredSide side) {
        return side.teamName() + ", " + side.assessment().period() + " (" + DisplayDates.shown(side.assessment().date()) + ", "
                + side.rubric().id() + " " + side.rubric().version() + "), grade "
                + side.score().grade().map(GradeBand::label).orElse(DisplayNumbers.NONE) + ", "
                + IdResolver.shortId(side.assessment().id());
    }

    private static void items(StringBuilder text, String title, List<ItemDelta> items) {
        text.append('\n').append(title).append(" items (").append(items.size()).append(")");
        text.append(items.isEmpty() ? "\n" : ":\n");
        for (ItemDelta item : items) {
            text.append("  ").append(DisplayNumbers.signedLevels(item.levelDelta())).append("  ").append(item.title())
                    .append(" (").append(item.categoryTitle()).append("): ")
                    .append(ComparisonMarkdown.answer(item.before())).append(" -> ")
                    .append(ComparisonMarkdown.answer(item.after())).append('\n');
            if (item.before().hasNote()) {
                text.append("      before: ").append(oneLine(item.before().note())).append('\n');
            }
            if (item.after().hasNote()) {
                text.append("      after:  ").append(oneLine(item.after().note())).append('\n');
            }
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
