package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
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

    /** In English. */
    public static String render(Comparison comparison) {
        return render(comparison, ReportTexts.ENGLISH);
    }

    /**
     * In the language of {@code texts}. The titles are the comparison's: load it with the same language
     * (ComparisonLoader's {@code language}) for the rubric's texts in it too.
     */
    public static String render(Comparison comparison, ReportTexts texts) {
        ScoredSide before = comparison.before();
        ScoredSide after = comparison.after();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(texts.get("md.comparison.title", inline(sideName(before)), inline(sideName(after))))
                .append("\n\n");
        md.append(header(List.of("", texts.get("col.before"), texts.get("col.after"), texts.get("col.change")),
                List.of(false, true, true, true)));
        md.append(row(List.of(texts.get("col.team"), cell(before.teamName()), cell(after.teamName()), "")));
        md.append(row(List.of(texts.get("col.period"), cell(before.assessment().period()), cell(after.assessment().period()), "")));
        md.append(row(List.of(texts.get("col.date"), texts.date(before.assessment().date()),
                texts.date(after.assessment().date()), "")));
        md.append(row(List.of(texts.get("col.rubric"), cell(before.rubric().id() + " " + before.rubric().version()),
                cell(after.rubric().id() + " " + after.rubric().version()), "")));
        md.append(row(List.of(texts.get("col.debtIndex"), DisplayNumbers.shown(comparison.overall().before()),
                DisplayNumbers.shown(comparison.overall().after()),
                debtChange(comparison, texts))));
        md.append(row(List.of(texts.get("col.grade"), grade(before), grade(after), "")));

        if (!comparison.meaningChanged().isEmpty()) {
            md.append('\n').append(texts.get("md.comparison.meaningChanged", String.valueOf(comparison.meaningChanged().size()),
                    comparison.meaningChanged().stream().map(d -> inline(d.title())).collect(Collectors.joining(", "))))
                    .append('\n');
        }
        md.append("\n## ").append(texts.get("md.comparison.categories")).append("\n\n");
        md.append(header(List.of(texts.get("col.category"), texts.get("col.before"), texts.get("col.after"),
                texts.get("col.change")), List.of(false, true, true, true)));
        for (CategoryDelta category : comparison.categories()) {
            md.append(row(List.of(cell(category.title()), DisplayNumbers.shown(category.before()),
                    DisplayNumbers.shown(category.after()), categoryChange(category, texts))));
        }
        items(md, DebtMove.LESS_DEBT, comparison.items(ItemFilter.IMPROVED), texts);
        items(md, DebtMove.MORE_DEBT, comparison.items(ItemFilter.REGRESSED), texts);
        md.append('\n').append(texts.get("md.comparison.counts", String.valueOf(comparison.count(ItemFilter.UNCHANGED)),
                String.valueOf(comparison.count(ItemFilter.NOT_COMPARABLE)), String.valueOf(comparison.onlyBefore().size()),
                String.valueOf(comparison.onlyAfter().size()))).append('\n');
        closed(md, comparison.closedActions(), texts);
        return md.toString();
    }

    static String sideName(ScoredSide side) {
        return side.teamName() + " " + side.assessment().period();
    }

    private static String grade(ScoredSide side) {
        return side.score().grade().map(GradeBand::label).map(MarkdownText::cell).orElse(DisplayNumbers.NONE);
    }

    /** The debt-index change as every surface writes it: "▼ -10.3 improved", "▼ -10.3 改善" (▼ = less debt). */
    public static String debtChange(Comparison comparison, ReportTexts texts) {
        return texts.marked(comparison.overall().change().debtMove(), DisplayNumbers.signed(comparison.overall().delta()));
    }

    /**
     * A category's maturity change and which way its debt went, in the language of {@code texts}:
     * "+12.5 (▼ improved)"; the dash when not comparable.
     */
    public static String categoryChange(CategoryDelta category, ReportTexts texts) {
        DebtMove move = category.change().debtMove();
        String delta = DisplayNumbers.signed(category.delta());
        return move == DebtMove.NOT_COMPARABLE ? delta : delta + " (" + texts.marked(move) + ")";
    }

    /** "▼ Improved", "▲ Regressed", "▼ 改善": the heading of the items that moved that way. */
    public static String movedTitle(DebtMove move, ReportTexts texts) {
        return move.glyph() + " " + texts.get("md.comparison.moved." + move.name());
    }

    private static void items(StringBuilder md, DebtMove move, List<ItemDelta> items, ReportTexts texts) {
        md.append("\n## ").append(texts.get("md.comparison.items", movedTitle(move, texts), String.valueOf(items.size())))
                .append("\n\n");
        if (items.isEmpty()) {
            md.append(texts.get("none")).append('\n');
            return;
        }
        md.append(header(List.of(texts.get("col.item"), texts.get("col.category"), texts.get("col.before"),
                texts.get("col.after"), texts.get("col.levels"), texts.get("col.notes")),
                List.of(false, false, false, false, true, false)));
        for (ItemDelta item : items) {
            md.append(row(List.of(cell(item.title()), cell(item.categoryTitle()), cell(answer(item.before(), texts)),
                    cell(answer(item.after(), texts)), DisplayNumbers.signedLevels(item.levelDelta()), notes(item, texts))));
        }
    }

    /** "2 Defined", an option's label, "not applicable", "don't know" or "unanswered", in the language of {@code texts}. */
    public static String answer(ItemSide side, ReportTexts texts) {
        return switch (side.state()) {
            case LEVEL -> DisplayNumbers.level(side.value().getAsDouble()) + " " + side.label();
            case OPTION -> side.label();
            case NOT_APPLICABLE -> texts.get("answer.notApplicable");
            case DONT_KNOW -> texts.get("answer.dontKnow");
            case UNANSWERED -> texts.get("answer.unanswered");
        };
    }

    private static String notes(ItemDelta item, ReportTexts texts) {
        StringBuilder notes = new StringBuilder();
        if (item.before().hasNote()) {
            notes.append(texts.get("before", cell(item.before().note())));
        }
        if (item.after().hasNote()) {
            notes.append(notes.length() > 0 ? " " : "").append(texts.get("after", cell(item.after().note())));
        }
        return notes.toString();
    }

    private static void closed(StringBuilder md, List<ClosedAction> closed, ReportTexts texts) {
        md.append("\n## ").append(texts.get("md.comparison.closed", String.valueOf(closed.size()))).append("\n\n");
        if (closed.isEmpty()) {
            md.append(texts.get("none")).append('\n');
            return;
        }
        md.append(header(List.of(texts.get("col.action"), texts.get("col.status"), texts.get("md.comparison.closedOn"),
                texts.get("col.item"), texts.get("md.comparison.itemChange")), List.of(false, false, false, false, false)));
        for (ClosedAction action : closed) {
            md.append(row(List.of(cell(action.action().text()), texts.status(action.action().status()),
                    texts.date(action.closedOn()), cell(action.itemTitle()),
                    texts.marked(action.itemChange().debtMove()))));
        }
    }
}
