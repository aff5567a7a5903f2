package io.debtmeter.core.export;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.scoring.ToFindOut;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;

import java.util.List;
import java.util.Map;

import static io.debtmeter.core.export.MarkdownText.cell;
import static io.debtmeter.core.export.MarkdownText.header;
import static io.debtmeter.core.export.MarkdownText.inline;
import static io.debtmeter.core.export.MarkdownText.row;

/**
 * One assessment's scorecard as Markdown, for a wiki page or a pull request: the headline numbers,
 * the category table, the weakest items and the actions. Numbers are the scorecard's own
 * ({@link ScoreCalculator}, rounded as shown on screen).
 */
public final class ScorecardMarkdown {

    private final ScoreCalculator calculator;

    public ScorecardMarkdown(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /** @param actions the actions to list (see {@link SubjectReader#actions}) */
    public String render(String teamName, AssessmentSnapshot snapshot, List<ActionItem> actions) {
        Assessment assessment = snapshot.assessment();
        Rubric rubric = snapshot.rubric();
        ScoreResult result = calculator.score(rubric, snapshot.answers());
        StringBuilder md = new StringBuilder();
        md.append("# Scorecard: ").append(inline(teamName)).append(", ").append(inline(assessment.period())).append("\n\n");
        md.append(header(List.of("", ""), List.of(false, false)));
        md.append(row(List.of("Team", cell(teamName))));
        md.append(row(List.of("Period", cell(assessment.period()))));
        md.append(row(List.of("Date", DisplayDates.shown(assessment.date()))));
        md.append(row(List.of("Rubric", cell(rubric.title() + " " + rubric.version()))));
        md.append(row(List.of("Status", assessment.isFinal() ? "final" : "draft")));
        if (!assessment.participants().isEmpty()) {
            md.append(row(List.of("Participants", cell(String.join(", ", assessment.participants())))));
        }
        md.append(row(List.of("Debt index", "**" + DisplayNumbers.shown(result.debtIndex()) + "** (0 = no debt, 100 = all debt)")));
        md.append(row(List.of("Grade", result.grade().map(ScorecardMarkdown::grade).orElse(DisplayNumbers.NONE))));
        md.append(row(List.of("Coverage", coverage(result.coverage()))));
        if (result.isPartial()) {
            md.append("\n_Partial: ").append(result.coverage().unanswered())
                    .append(" unanswered; the score covers only what was answered._\n");
        }
        categories(md, rubric, result);
        toFindOut(md, rubric, snapshot.answers());
        weakest(md, rubric, result, snapshot.responses());
        actions(md, rubric, actions);
        return md.toString();
    }

    static String grade(GradeBand band) {
        return "**" + cell(band.label()) + "**" + (band.meaning().isBlank() ? "" : ": " + cell(band.meaning()));
    }

    static String coverage(Coverage coverage) {
        return coverage.answered() + " answered, " + (coverage.dontKnow() > 0 ? coverage.dontKnow() + " don't know, " : "")
                + coverage.notApplicable() + " not applicable, " + coverage.unanswered() + " open (of " + coverage.total() + ")";
    }

    /** The "don't know" items, each counted at its lowest level until the team finds out. */
    private static void toFindOut(StringBuilder md, Rubric rubric, Map<String, Answer> answers) {
        List<Item> items = ToFindOut.items(rubric, answers);
        if (items.isEmpty()) {
            return;
        }
        md.append("\n## ").append(ToFindOut.HEADING).append("\n\n");
        md.append("Nobody could tell; each counts as its lowest level until the team finds out.\n\n");
        items.forEach(item -> md.append("- ").append(inline(item.title())).append("\n"));
    }

    private static void categories(StringBuilder md, Rubric rubric, ScoreResult result) {
        md.append("\n## Categories\n\n");
        md.append(header(List.of("Category", "Maturity %", "Answered", "N/A", "Open"), List.of(false, true, true, true, true)));
        for (Category category : rubric.categories()) {
            CategoryScore score = result.category(category.id()).orElseThrow();
            md.append(row(List.of(cell(category.title()), DisplayNumbers.shown(score.maturity()),
                    String.valueOf(score.coverage().answered()), String.valueOf(score.coverage().notApplicable()),
                    String.valueOf(score.coverage().unanswered()))));
        }
    }

    private static void weakest(StringBuilder md, Rubric rubric, ScoreResult result, Map<String, ItemResponse> responses) {
        md.append("\n## Weakest items\n\n");
        if (result.weakestItems().isEmpty()) {
            md.append("No scored item is below the top level.\n");
            return;
        }
        md.append(header(List.of("Item", "Category", "Answer", "Note"), List.of(false, false, false, false)));
        for (ItemScore weak : result.weakestItems()) {
            Item item = rubric.item(weak.itemId()).orElseThrow();
            ItemResponse response = responses.getOrDefault(item.id(), ItemResponse.open(item.id()));
            String category = rubric.category(item.categoryId()).map(Category::title).orElse(item.categoryId());
            md.append(row(List.of(cell(item.title()), cell(category), cell(answer(rubric, item, response)),
                    cell(response.note()))));
        }
    }

    /** "1 Ad hoc" for a level, the option's label for a litmus question. */
    static String answer(Rubric rubric, Item item, ItemResponse response) {
        if (response.answer().isEmpty()) {
            return "unanswered";
        }
        if (response.answer().get() instanceof io.debtmeter.model.Answer.Level level) {
            return DisplayNumbers.level(level.value()) + " " + rubric.scale().labelOf(level.value());
        }
        String label = ScoresCsv.label(rubric, item, response.answer());
        return label.isEmpty() ? "not applicable" : label;
    }

    private static void actions(StringBuilder md, Rubric rubric, List<ActionItem> actions) {
        md.append("\n## Actions\n\n");
        if (actions.isEmpty()) {
            md.append("No actions.\n");
            return;
        }
        md.append(header(List.of("Status", "Action", "Owner", "Due", "Item"), List.of(false, false, false, false, false)));
        for (ActionItem action : actions) {
            String item = rubric.item(action.itemId()).map(Item::title).orElse(action.itemId());
            md.append(row(List.of(action.status().name().toLowerCase(), cell(action.text()), cell(action.owner()),
                    DisplayDates.shown(action.due()), cell(item))));
        }
    }
}
