package io.debtmeter.core.export;

import io.debtmeter.core.scoring.DisplayDates;
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

    public TeamHistoryMarkdown(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /** @param headingLevel 1 for a document of one team, 2 for a section of a bigger one */
    public String render(Team team, List<AssessmentSnapshot> oldestFirst, List<ActionItem> actions, int headingLevel) {
        String hashes = "#".repeat(headingLevel);
        StringBuilder md = new StringBuilder();
        md.append(hashes).append(' ').append(inline(team.name())).append(": debt history\n\n");
        if (oldestFirst.isEmpty()) {
            md.append("No assessments yet.\n");
        } else {
            md.append(header(List.of("Period", "Date", "Rubric", "Status", "Debt index", "Change", "Grade", "Coverage"),
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
                md.append(row(List.of(cell(snapshot.assessment().period()), DisplayDates.shown(snapshot.assessment().date()),
                        cell(snapshot.rubric().id() + " " + snapshot.rubric().version()),
                        snapshot.assessment().isFinal() ? "final" : "draft", DisplayNumbers.shown(shown),
                        change.isPresent() ? DebtMove.ofDebtDelta(change.getAsDouble()).marked(DisplayNumbers.signed(change))
                                : DisplayNumbers.NONE, result.grade().map(g -> cell(g.label())).orElse(DisplayNumbers.NONE),
                        result.coverage().answered() + "/" + result.coverage().total()
                                + (result.isPartial() ? " (partial)" : ""))));
                if (shown.isPresent()) {
                    previous = shown;
                }
            }
        }
        List<ActionItem> open = actions.stream().filter(ActionItem::isOpen).toList();
        md.append('\n').append(hashes).append("# Open actions\n\n");
        if (open.isEmpty()) {
            md.append("No open actions.\n");
        } else {
            md.append(header(List.of("Action", "Owner", "Due", "Item"), List.of(false, false, false, false)));
            for (ActionItem action : open) {
                md.append(row(List.of(cell(action.text()), cell(action.owner()),
                        DisplayDates.shown(action.due()), cell(itemTitle(oldestFirst, action.itemId())))));
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
