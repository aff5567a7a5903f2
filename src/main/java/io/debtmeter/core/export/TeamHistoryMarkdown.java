package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.OptionalDouble;

import static io.debtmeter.core.export.MarkdownText.cell;
import static io.debtmeter.core.export.MarkdownText.header;
import static io.debtmeter.core.export.MarkdownText.inline;
import static io.debtmeter.core.export.MarkdownText.row;

/**
 * A team's history as Markdown: one row per assessment, oldest first, with the debt index and the
 * change since the one before (a difference of the values as shown, as the compare screen does),
 * then the team's open actions.
 */
public final class TeamHistoryMarkdown {

    private final ScoreCalculator calculator;
    private final ReportTexts texts;

    /** @param texts the language of the headings (the rubrics' texts are the snapshots' own) */
    public TeamHistoryMarkdown(ScoreCalculator calculator, ReportTexts texts) {
        this.calculator = calculator;
        this.texts = texts;
    }

    /** @param headingLevel 1 for a document of one team, 2 for a section of a bigger one */
    public String render(Team team, List<AssessmentSnapshot> oldestFirst, List<ActionItem> actions, int headingLevel) {
        String hashes = "#".repeat(headingLevel);
        StringBuilder md = new StringBuilder();
        md.append(hashes).append(' ').append(texts.get("md.history.title", inline(team.name()))).append("\n\n");
        if (oldestFirst.isEmpty()) {
            md.append(texts.get("md.history.empty")).append('\n');
        } else {
            md.append(header(List.of(texts.get("col.period"), texts.get("col.date"), texts.get("col.rubric"),
                            texts.get("col.status"), texts.get("col.debtIndex"), texts.get("col.change"), texts.get("col.grade"),
                            texts.get("col.coverage")),
                    List.of(false, false, false, false, true, true, false, false)));
            OptionalDouble previous = OptionalDouble.empty();
            for (AssessmentSnapshot snapshot : oldestFirst) {
                ScoreResult result = calculator.score(snapshot.rubric(), snapshot.answers());
                OptionalDouble shown = result.debtIndex().isPresent()
                        ? OptionalDouble.of(ScoreCalculator.roundForDisplay(result.debtIndex().getAsDouble()))
                        : OptionalDouble.empty();
                OptionalDouble change = shown.isPresent() && previous.isPresent()
                        ? OptionalDouble.of(shown.getAsDouble() - previous.getAsDouble())
                        : OptionalDouble.empty();
                String coverage = result.coverage().answered() + "/" + result.coverage().total();
                md.append(row(List.of(cell(snapshot.assessment().period()), texts.date(snapshot.assessment().date()),
                        cell(snapshot.rubric().id() + " " + snapshot.rubric().version()),
                        texts.get(snapshot.assessment().isFinal() ? "state.final" : "state.draft"), DisplayNumbers.shown(shown),
                        change.isPresent() ? texts.marked(DebtMove.ofDebtDelta(change.getAsDouble()), DisplayNumbers.signed(change))
                                : DisplayNumbers.NONE, result.grade().map(g -> cell(g.label())).orElse(DisplayNumbers.NONE),
                        result.isPartial() ? texts.get("md.history.partial", coverage) : coverage)));
                if (shown.isPresent()) {
                    previous = shown;
                }
            }
        }
        List<ActionItem> open = actions.stream().filter(ActionItem::isOpen).toList();
        md.append('\n').append(hashes).append("# ").append(texts.get("md.history.openActions")).append("\n\n");
        if (open.isEmpty()) {
            md.append(texts.get("md.history.noOpenActions")).append('\n');
        } else {
            md.append(header(List.of(texts.get("col.action"), texts.get("col.owner"), texts.get("col.due"), texts.get("col.item")),
                    List.of(false, false, false, false)));
            for (ActionItem action : open) {
                md.append(row(List.of(cell(action.text()), cell(action.owner()),
                        texts.date(action.due()), cell(itemTitle(oldestFirst, action.itemId())))));
            }
        }
        return md.toString();
    }

    /** The item's title in the newest rubric version that has it, else its id. */
    private static String itemTitle(List<AssessmentSnapshot> oldestFirst, String itemId) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            var item = oldestFirst.get(i).rubric().item(itemId);
            if (item.isPresent()) {
                return item.get().title();
            }
        }
        return itemId;
    }
}
