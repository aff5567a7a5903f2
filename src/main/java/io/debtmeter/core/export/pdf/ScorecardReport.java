package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.CategoryChart;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRows;
import io.debtmeter.core.scoring.ToFindOut;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Category;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a scorecard: a first page a manager reads in a minute (who, when, grade and debt index with
 * its meaning, the category chart, the weakest items, coverage), then every item, then the actions.
 * Pure drawing from {@link ScorecardReportData}: every number comes from the scorecard's analysis code.
 */
final class ScorecardReport {

    static final String TITLE = "Technical debt scorecard";

    private final ScorecardReportData data;
    private final ReportFlow flow;
    private final ReportNumbers numbers;
    private final ItemTexts texts;
    private final List<CategoryChartRow> chartRows;

    ScorecardReport(ScorecardReportData data, ReportDocument document) {
        this.data = data;
        this.flow = document.flow();
        this.numbers = document.numbers();
        this.texts = new ItemTexts(numbers);
        this.chartRows = CategoryChart.rows(data.rubric(), data.result(), data.targets());
    }

    void draw() {
        summaryPage();
        flow.newPage();
        items();
        actions();
    }

    // --- page 1 ------------------------------------------------------------------------------

    private void summaryPage() {
        Rubric rubric = data.rubric();
        ScoreResult result = data.result();
        flow.paragraph(TITLE, TextStyle.TITLE);
        flow.paragraph(data.teamName() + " · " + data.assessment().period(), TextStyle.SECTION);
        flow.gap(2);
        flow.paragraph("Assessed " + numbers.date(data.assessment().date()) + " · "
                + (data.assessment().isFinal() ? "final" : "draft, still open for changes") + " · rubric "
                + rubric.title() + " " + rubric.version(), TextStyle.MUTED);
        flow.paragraph("Participants: " + (data.assessment().participants().isEmpty() ? "not recorded"
                : String.join(", ", data.assessment().participants())), TextStyle.MUTED);
        flow.gap(14);
        new GradeBox(flow, numbers).draw(rubric, result);
        flow.gap(10);
        coverage(result.coverage());
        toFindOut();
        flow.gap(14);
        flow.heading("Maturity by category", TextStyle.SUBSECTION, 60);
        flow.paragraph("Bar length is the category's maturity (100 % = fully mature); colour and letter give the "
                + "grade band of its debt." + (data.targets().categoryMaturity().isEmpty() ? ""
                : " A black tick marks the team's target for next time."), TextStyle.SMALL_MUTED);
        flow.gap(4);
        new CategoryBars(flow, numbers).draw(chartRows);
        flow.gap(12);
        weakestItems(result);
    }

    private void coverage(Coverage coverage) {
        flow.heading("Coverage", TextStyle.SUBSECTION, 20);
        flow.paragraph(coverage.answered() + " answered · " + coverage.notApplicable() + " not applicable · "
                + coverage.unanswered() + " unanswered, of " + coverage.total() + " items. "
                + "Not applicable items leave the score; they are not zeros." + (coverage.dontKnow() == 0 ? ""
                : " " + coverage.dontKnow() + " answered \u201cdon't know\u201d count as their lowest level."),
                TextStyle.BODY);
        flow.paragraph("Levels are maturity: higher is better. The debt index is its inverse: higher is more debt.",
                TextStyle.SMALL_MUTED);
        if (coverage.isPartial()) {
            flow.paragraph("Partial assessment: " + coverage.unanswered() + " of " + coverage.total()
                    + " items are unanswered, so the score covers only the answered ones.",
                    TextStyle.BODY_BOLD.withColour(ReportColours.WARNING));
        }
    }

    private void toFindOut() {
        Map<String, Answer> answers = new HashMap<>();
        data.responses().forEach((id, response) -> response.answer().ifPresent(answer -> answers.put(id, answer)));
        List<Item> items = ToFindOut.items(data.rubric(), answers);
        if (items.isEmpty()) {
            return;
        }
        flow.gap(8);
        flow.heading(ToFindOut.HEADING, TextStyle.SUBSECTION, 30);
        for (Item item : items) {
            flow.paragraph("\u2022 " + item.title() + " (" + categoryTitle(item.categoryId()) + ")", TextStyle.BODY);
        }
    }

    private void weakestItems(ScoreResult result) {
        flow.heading("Weakest items", TextStyle.SUBSECTION, 40);
        if (result.weakestItems().isEmpty()) {
            flow.paragraph("No item is below full maturity.", TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ItemScore score : result.weakestItems()) {
            Item item = data.rubric().item(score.itemId()).orElseThrow();
            ItemDetailRow row = ItemDetailRows.of(data.rubric(), item, data.responses(), data.targets());
            rows.add(List.of(Cell.of(item.title()), Cell.of(categoryTitle(item.categoryId())),
                    Cell.of(texts.answer(data.rubric().scale(), row))));
        }
        new Table(flow, List.of(Column.text("Item", 4.2f), Column.text("Category", 3), Column.text("Answer", 3.6f)),
                TextStyle.BODY).draw(rows);
    }

    // --- items ---------------------------------------------------------------------------------

    private void items() {
        flow.heading("Every item", TextStyle.SECTION, 80);
        flow.paragraph("Each item with the team's answer, what that level means, the team's note and how the "
                + "team voted.", TextStyle.SMALL_MUTED);
        flow.gap(6);
        Rubric rubric = data.rubric();
        for (Category category : rubric.categories()) {
            flow.gap(6);
            flow.heading(category.title() + " — " + categoryScore(category.id()), TextStyle.SUBSECTION, 50);
            flow.rule();
            for (ItemDetailRow row : ItemDetailRows.ofCategory(rubric, category.id(), data.responses(), data.targets())) {
                item(row);
            }
        }
    }

    private void item(ItemDetailRow row) {
        flow.heading(row.item().title(), TextStyle.BODY_BOLD, 2 * TextStyle.BODY.lineHeight());
        float indent = 10;
        boolean open = row.answer().isEmpty();
        flow.paragraph(texts.answer(data.rubric().scale(), row),
                open ? TextStyle.BODY_BOLD.withColour(ReportColours.WARNING) : TextStyle.BODY, indent);
        String descriptor = ItemTexts.descriptor(row);
        if (!descriptor.isBlank()) {
            flow.paragraph(descriptor, TextStyle.MUTED, indent);
        }
        if (row.target().isPresent()) {
            String togo = row.stepsToGo().isEmpty() ? "" : row.targetMet() ? " (met)"
                    : " (" + row.stepsToGo().getAsInt() + (row.stepsToGo().getAsInt() == 1 ? " level" : " levels")
                    + " to go)";
            flow.paragraph("Target: level " + numbers.level(row.target().getAsDouble()) + togo, TextStyle.BODY, indent);
        }
        if (!row.response().note().isBlank()) {
            flow.paragraph("Note: " + row.response().note(), TextStyle.BODY, indent);
        }
        String votes = texts.votes(data.rubric().scale(), row.item(), row.response());
        if (!votes.isBlank()) {
            flow.paragraph(votes, TextStyle.SMALL, indent);
        }
        if (!row.response().evidenceLinks().isEmpty()) {
            flow.paragraph("Evidence: " + String.join("  ", row.response().evidenceLinks()), TextStyle.SMALL, indent);
        }
        flow.gap(6);
    }

    // --- actions ---------------------------------------------------------------------------

    private void actions() {
        flow.gap(10);
        flow.heading("Action items", TextStyle.SECTION, 60);
        flow.paragraph("Raised in this assessment, and every action of the team that is still open.",
                TextStyle.SMALL_MUTED);
        flow.gap(4);
        if (data.actions().isEmpty()) {
            flow.paragraph("No action items.", TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionItem action : data.actions()) {
            String item = data.rubric().item(action.itemId()).map(Item::title).orElse(action.itemId());
            rows.add(List.of(Cell.of(item), Cell.of(action.text()), Cell.of(action.owner()),
                    Cell.of(action.due().map(numbers::date).orElse("–")),
                    action.isOpen() ? Cell.bold(status(action)) : Cell.of(status(action))));
        }
        new Table(flow, List.of(Column.text("Item", 3.2f), Column.text("Action", 5), Column.text("Owner", 1.6f),
                Column.text("Due", 1.6f), Column.text("Status", 1.2f)), TextStyle.SMALL).draw(rows);
    }

    private static String status(ActionItem action) {
        String name = action.status().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String categoryTitle(String categoryId) {
        return data.rubric().category(categoryId).map(Category::title).orElse(categoryId);
    }

    /** "62.5 % mature · B" exactly as the chart row shows it, or "not scored". */
    private String categoryScore(String categoryId) {
        CategoryChartRow row = chartRows.stream().filter(r -> r.categoryId().equals(categoryId)).findFirst().orElseThrow();
        if (!row.isScored()) {
            return "not scored";
        }
        return numbers.score(row.shownMaturity().getAsDouble()) + " % mature"
                + row.band().map(b -> " · " + b.label()).orElse("");
    }
}
