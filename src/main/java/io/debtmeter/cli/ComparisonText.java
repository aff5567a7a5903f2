package io.debtmeter.cli;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.analysis.compare.CategoryDelta;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.core.export.ComparisonMarkdown;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.GradeBand;

import java.util.List;

/** A comparison as plain text for a terminal, in the run's language: headline, categories, moved items with their notes. */
final class ComparisonText {

    private ComparisonText() {
    }

    /**
     * In the language of {@code texts}; the rubric's titles are the comparison's, so load it in the same
     * language. The words shared with the exported comparison (improved, regressed, answers) are the reports'.
     */
    static String render(Comparison comparison, CliTexts texts) {
        ReportTexts report = ReportTexts.of(texts.locale());
        StringBuilder text = new StringBuilder();
        text.append(texts.get("cli.compare.before")).append(side(comparison.before(), texts)).append('\n');
        text.append(texts.get("cli.compare.after")).append(side(comparison.after(), texts)).append('\n');
        text.append(texts.get("cli.compare.debtIndex")).append(DisplayNumbers.shown(comparison.overall().before()))
                .append(" -> ").append(DisplayNumbers.shown(comparison.overall().after())).append("  ")
                .append(ComparisonMarkdown.debtChange(comparison, report)).append("\n\n");
        TextTable categories = TextTable.headed(texts.get("cli.compare.headings"));
        for (CategoryDelta category : comparison.categories()) {
            categories.row(category.title(), DisplayNumbers.shown(category.before()), DisplayNumbers.shown(category.after()),
                    ComparisonMarkdown.categoryChange(category, report));
        }
        text.append(categories.render());
        items(text, ComparisonMarkdown.movedTitle(DebtMove.LESS_DEBT, report), comparison.items(ItemFilter.IMPROVED),
                texts, report);
        items(text, ComparisonMarkdown.movedTitle(DebtMove.MORE_DEBT, report), comparison.items(ItemFilter.REGRESSED),
                texts, report);
        text.append('\n').append(texts.get("cli.compare.rest", String.valueOf(comparison.count(ItemFilter.UNCHANGED)),
                String.valueOf(comparison.count(ItemFilter.NOT_COMPARABLE)), String.valueOf(comparison.onlyBefore().size()),
                String.valueOf(comparison.onlyAfter().size()))).append('\n');
        if (!comparison.closedActions().isEmpty()) {
            text.append('\n').append(texts.get("cli.compare.closed", String.valueOf(comparison.closedActions().size())))
                    .append('\n');
            for (ClosedAction closed : comparison.closedActions()) {
                text.append("  ").append(DisplayDates.shown(closed.closedOn(), texts.locale())).append("  ")
                        .append(texts.get("cli.actionStatus." + closed.action().status().name()))
                        .append("  ").append(oneLine(closed.action().text())).append("  [").append(closed.itemTitle())
                        .append("]\n");
            }
        }
        return text.toString();
    }

    private static String side(ScoredSide side, CliTexts texts) {
        return texts.get("cli.compare.side", side.teamName(), side.assessment().period(),
                DisplayDates.shown(side.assessment().date(), texts.locale()), side.rubric().id(), side.rubric().version(),
                side.score().grade().map(GradeBand::label).orElse(DisplayNumbers.NONE),
                IdResolver.shortId(side.assessment().id()));
    }

    private static void items(StringBuilder text, String title, List<ItemDelta> items, CliTexts texts, ReportTexts report) {
        text.append('\n').append(texts.get("cli.compare.items", title, String.valueOf(items.size())));
        text.append(items.isEmpty() ? "\n" : ":\n");
        for (ItemDelta item : items) {
            text.append("  ").append(DisplayNumbers.signedLevels(item.levelDelta())).append("  ")
                    .append(texts.get("cli.compare.item", item.title(), item.categoryTitle()))
                    .append(ComparisonMarkdown.answer(item.before(), report)).append(" -> ")
                    .append(ComparisonMarkdown.answer(item.after(), report)).append('\n');
            if (item.before().hasNote()) {
                text.append(texts.get("cli.compare.noteBefore")).append(oneLine(item.before().note())).append('\n');
            }
            if (item.after().hasNote()) {
                text.append(texts.get("cli.compare.noteAfter")).append(oneLine(item.after().note())).append('\n');
            }
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
