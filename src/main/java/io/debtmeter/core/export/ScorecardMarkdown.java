package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
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
    private final ReportTexts texts;

    /** @param texts the language of the headings, and of the rubric's texts where it has a translation */
    public ScorecardMarkdown(ScoreCalculator calculator, ReportTexts texts) {
        this.calculator = calculator;
        this.texts = texts;
    }

    /** @param actions the actions to list (see {@link SubjectReader#actions}) */
    public String render(String teamName, AssessmentSnapshot snapshot, List<ActionItem> actions) {
        Assessment assessment = snapshot.assessment();
        Rubric rubric = texts.rubric(snapshot.rubric());
        ScoreResult result = calculator.score(rubric, snapshot.answers());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(texts.get("md.scorecard.title", inline(teamName), inline(assessment.period()))).append("\n\n");
        md.append(header(List.of("", ""), List.of(false, false)));
        md.append(row(List.of(texts.get("col.team"), cell(teamName))));
        md.append(row(List.of(texts.get("col.period"), cell(assessment.period()))));
        md.append(row(List.of(texts.get("col.date"), texts.date(assessment.date()))));
        md.append(row(List.of(texts.get("col.rubric"), cell(rubric.title() + " " + rubric.version()))));
        md.append(row(List.of(texts.get("col.status"), texts.get(assessment.isFinal() ? "state.final" : "state.draft"))));
        if (!assessment.participants().isEmpty()) {
            md.append(row(List.of(texts.get("col.participants"), cell(String.join(", ", assessment.participants())))));
        }
        md.append(row(List.of(texts.get("col.debtIndex"), texts.get("md.scorecard.debtIndex", DisplayNumbers.shown(result.debtIndex())))));
        md.append(row(List.of(texts.get("col.grade"), result.grade().map(ScorecardMarkdown::grade).orElse(DisplayNumbers.NONE))));
        md.append(row(List.of(texts.get("col.coverage"), coverage(result.coverage()))));
        if (result.isPartial()) {
            md.append('\n').append(texts.get("md.scorecard.partial", String.valueOf(result.coverage().unanswered()))).append('\n');
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

    private String coverage(Coverage coverage) {
        return texts.get(coverage.dontKnow() > 0 ? "md.scorecard.coverageDontKnow" : "md.scorecard.coverage",
                String.valueOf(coverage.answered()), String.valueOf(coverage.notApplicable()),
                String.valueOf(coverage.unanswered()), String.valueOf(coverage.total()), String.valueOf(coverage.dontKnow()));
    }

    /** The "don't know" items, each counted at its lowest level until the team finds out. */
    private void toFindOut(StringBuilder md, Rubric rubric, Map<String, Answer> answers) {
        List<Item> items = ToFindOut.items(rubric, answers);
        if (items.isEmpty()) {
            return;
        }
        md.append("\n## ").append(texts.get("findOut.heading")).append("\n\n");
        md.append(texts.get("md.scorecard.findOutHelp")).append("\n\n");
        items.forEach(item -> md.append("- ").append(inline(item.title())).append("\n"));
    }

    private void categories(StringBuilder md, Rubric rubric, ScoreResult result) {
        md.append("\n## ").append(texts.get("md.scorecard.categories")).append("\n\n");
        md.append(header(List.of(texts.get("col.category"), texts.get("md.scorecard.maturity"), texts.get("md.scorecard.answered"),
                texts.get("md.scorecard.na"), texts.get("md.scorecard.open")), List.of(false, true, true, true, true)));
        for (Category category : rubric.categories()) {
            CategoryScore score = result.category(category.id()).orElseThrow();
            md.append(row(List.of(cell(category.title()), DisplayNumbers.shown(score.maturity()),
                    String.valueOf(score.coverage().answered()), String.valueOf(score.coverage().notApplicable()),
                    String.valueOf(score.coverage().unanswered()))));
        }
    }

    private void weakest(StringBuilder md, Rubric rubric, ScoreResult result, Map<String, ItemResponse> responses) {
        md.append("\n## ").append(texts.get("md.scorecard.weakest")).append("\n\n");
        if (result.weakestItems().isEmpty()) {
            md.append(texts.get("md.scorecard.noWeakest")).append('\n');
            return;
        }
        md.append(header(List.of(texts.get("col.item"), texts.get("col.category"), texts.get("col.answer"), texts.get("col.note")),
                List.of(false, false, false, false)));
        for (ItemScore weak : result.weakestItems()) {
            Item item = rubric.item(weak.itemId()).orElseThrow();
            ItemResponse response = responses.getOrDefault(item.id(), ItemResponse.open(item.id()));
            String category = rubric.category(item.categoryId()).map(Category::title).orElse(item.categoryId());
            md.append(row(List.of(cell(item.title()), cell(category), cell(answer(rubric, item, response, texts)),
                    cell(response.note()))));
        }
    }

    /** "1 Ad hoc" for a level, the option's label for a litmus question. */
    static String answer(Rubric rubric, Item item, ItemResponse response, ReportTexts texts) {
        if (response.answer().isEmpty()) {
            return texts.get("answer.unanswered");
        }
        if (response.answer().get() instanceof io.debtmeter.model.Answer.Level level) {
            return DisplayNumbers.level(level.value()) + " " + rubric.scale().labelOf(level.value());
        }
        String label = ScoresCsv.label(rubric, item, response.answer());
        return label.isEmpty() ? texts.get("answer.notApplicable") : label;
    }

    private void actions(StringBuilder md, Rubric rubric, List<ActionItem> actions) {
        md.append("\n## ").append(texts.get("md.scorecard.actions")).append("\n\n");
        if (actions.isEmpty()) {
            md.append(texts.get("md.scorecard.noActions")).append('\n');
            return;
        }
        md.append(header(List.of(texts.get("col.status"), texts.get("col.action"), texts.get("col.owner"), texts.get("col.due"),
                texts.get("col.item")), List.of(false, false, false, false, false)));
        for (ActionItem action : actions) {
            String item = rubric.item(action.itemId()).map(Item::title).orElse(action.itemId());
            md.append(row(List.of(texts.status(action.status()), cell(action.text()), cell(action.owner()),
                    texts.date(action.due()), cell(item))));
        }
    }
}
