package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.CategoryChart;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRows;
import io.debtmeter.core.export.text.ReportTexts;
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
import java.util.Map;

/**
 * Lays out a scorecard: a first page a manager reads in a minute (who, when, grade and debt index with
 * its meaning, the category chart, the weakest items, coverage), then every item, then the actions.
 * Pure drawing from {@link ScorecardReportData}: every number comes from the scorecard's analysis code.
 */
final class ScorecardReport {

    private final ScorecardReportData data;
    private final ReportFlow flow;
    private final ReportNumbers numbers;
    private final ItemTexts texts;
    private final ReportTexts words;
    private final List<CategoryChartRow> chartRows;

    ScorecardReport(ScorecardReportData data, ReportDocument document) {
        this.data = data;
        this.flow = document.flow();
        this.numbers = document.numbers();
        this.words = document.texts();
        this.texts = new ItemTexts(numbers, words);
        this.chartRows = CategoryChart.rows(data.rubric(), data.result(), data.targets());
    }

    /** "Technical debt scorecard · 2026-Q4": the document title and the running header's right half. */
    static String title(ReportTexts words, ScorecardReportData data) {
        return words.get("pdf.scorecard.title") + " · " + data.assessment().period();
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
        flow.paragraph(words.get("pdf.scorecard.title"), TextStyle.TITLE);
        flow.paragraph(data.teamName() + " · " + data.assessment().period(), TextStyle.SECTION);
        flow.gap(2);
        flow.paragraph(words.get("pdf.scorecard.assessed", numbers.date(data.assessment().date()),
                words.get(data.assessment().isFinal() ? "pdf.scorecard.final" : "pdf.scorecard.draft"),
                rubric.title(), rubric.version()), TextStyle.MUTED);
        flow.paragraph(words.get("pdf.scorecard.participants", data.assessment().participants().isEmpty()
                ? words.get("pdf.scorecard.participantsNone")
                : String.join(", ", data.assessment().participants())), TextStyle.MUTED);
        flow.gap(14);
        new GradeBox(flow, numbers).draw(rubric, result);
        flow.gap(10);
        coverage(result.coverage());
        toFindOut();
        flow.gap(14);
        flow.heading(words.get("pdf.scorecard.maturity"), TextStyle.SUBSECTION, 60);
        flow.paragraph(words.get(data.targets().categoryMaturity().isEmpty() ? "pdf.scorecard.barsHelp"
                : "pdf.scorecard.barsHelpTarget"), TextStyle.SMALL_MUTED);
        flow.gap(4);
        new CategoryBars(flow, numbers).draw(chartRows);
        flow.gap(12);
        weakestItems(result);
    }

    private void coverage(Coverage coverage) {
        flow.heading(words.get("pdf.scorecard.coverage"), TextStyle.SUBSECTION, 20);
        flow.paragraph(words.get(coverage.dontKnow() == 0 ? "pdf.scorecard.coverageBody" : "pdf.scorecard.coverageBodyDontKnow",
                String.valueOf(coverage.answered()), String.valueOf(coverage.notApplicable()),
                String.valueOf(coverage.unanswered()), String.valueOf(coverage.total()),
                String.valueOf(coverage.dontKnow())), TextStyle.BODY);
        flow.paragraph(words.get("pdf.scorecard.levels"), TextStyle.SMALL_MUTED);
        if (coverage.isPartial()) {
            flow.paragraph(words.get("pdf.scorecard.partial", String.valueOf(coverage.unanswered()),
                    String.valueOf(coverage.total())), TextStyle.BODY_BOLD.withColour(ReportColours.WARNING));
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
        flow.heading(words.get("findOut.heading"), TextStyle.SUBSECTION, 30);
        for (Item item : items) {
            flow.paragraph(words.get("pdf.scorecard.findOutItem", item.title(), categoryTitle(item.categoryId())),
                    TextStyle.BODY);
        }
    }

    private void weakestItems(ScoreResult result) {
        flow.heading(words.get("pdf.scorecard.weakest"), TextStyle.SUBSECTION, 40);
        if (result.weakestItems().isEmpty()) {
            flow.paragraph(words.get("pdf.scorecard.noWeakest"), TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ItemScore score : result.weakestItems()) {
            Item item = data.rubric().item(score.itemId()).orElseThrow();
            ItemDetailRow row = ItemDetailRows.of(data.rubric(), item, data.responses(), data.targets());
            rows.add(List.of(Cell.of(item.title()), Cell.of(categoryTitle(item.categoryId())),
                    Cell.of(texts.answer(data.rubric().scale(), row))));
        }
        new Table(flow, List.of(Column.text(words.get("col.item"), 4.2f), Column.text(words.get("col.category"), 3),
                Column.text(words.get("col.answer"), 3.6f)),
                TextStyle.BODY).draw(rows);
    }

    // --- items ---------------------------------------------------------------------------------

    private void items() {
        flow.heading(words.get("pdf.scorecard.everyItem"), TextStyle.SECTION, 80);
        flow.paragraph(words.get("pdf.scorecard.everyItemHelp"), TextStyle.SMALL_MUTED);
        flow.gap(6);
        Rubric rubric = data.rubric();
        for (Category category : rubric.categories()) {
            flow.gap(6);
            flow.heading(words.get("pdf.scorecard.categoryHeading", category.title(), categoryScore(category.id())),
                    TextStyle.SUBSECTION, 50);
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
            String level = numbers.level(row.target().getAsDouble());
            String target = row.stepsToGo().isEmpty() ? words.get("pdf.scorecard.target", level)
                    : row.targetMet() ? words.get("pdf.scorecard.targetMet", level)
                    : row.stepsToGo().getAsInt() == 1 ? words.get("pdf.scorecard.targetOneToGo", level)
                    : words.get("pdf.scorecard.targetToGo", level, String.valueOf(row.stepsToGo().getAsInt()));
            flow.paragraph(target, TextStyle.BODY, indent);
        }
        if (!row.response().note().isBlank()) {
            flow.paragraph(words.get("pdf.scorecard.note", row.response().note()), TextStyle.BODY, indent);
        }
        String votes = texts.votes(data.rubric().scale(), row.item(), row.response());
        if (!votes.isBlank()) {
            flow.paragraph(votes, TextStyle.SMALL, indent);
        }
        if (!row.response().evidenceLinks().isEmpty()) {
            flow.paragraph(words.get("pdf.scorecard.evidence", String.join("  ", row.response().evidenceLinks())),
                    TextStyle.SMALL, indent);
        }
        flow.gap(6);
    }

    // --- actions ---------------------------------------------------------------------------

    private void actions() {
        flow.gap(10);
        flow.heading(words.get("pdf.scorecard.actions"), TextStyle.SECTION, 60);
        flow.paragraph(words.get("pdf.scorecard.actionsHelp"), TextStyle.SMALL_MUTED);
        flow.gap(4);
        if (data.actions().isEmpty()) {
            flow.paragraph(words.get("pdf.scorecard.noActions"), TextStyle.BODY);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionItem action : data.actions()) {
            String item = data.rubric().item(action.itemId()).map(Item::title).orElse(action.itemId());
            rows.add(List.of(Cell.of(item), Cell.of(action.text()), Cell.of(action.owner()),
                    Cell.of(action.due().map(numbers::date).orElse("–")),
                    action.isOpen() ? Cell.bold(status(action)) : Cell.of(status(action))));
        }
        float due = numbers.dateColumn(1.6f);
        new Table(flow, List.of(Column.text(words.get("col.item"), 3.2f), Column.text(words.get("col.action"), 5 - (due - 1.6f)),
                Column.text(words.get("col.owner"), 1.6f), Column.text(words.get("col.due"), due),
                Column.text(words.get("col.status"), 1.2f)), TextStyle.SMALL).draw(rows);
    }

    /** "Open", "Done", "Dropped". */
    private String status(ActionItem action) {
        return words.get("statusTitle." + action.status().name());
    }

    private String categoryTitle(String categoryId) {
        return data.rubric().category(categoryId).map(Category::title).orElse(categoryId);
    }

    /** "62.5 % mature · B" exactly as the chart row shows it, or "not scored". */
    private String categoryScore(String categoryId) {
        CategoryChartRow row = chartRows.stream().filter(r -> r.categoryId().equals(categoryId)).findFirst().orElseThrow();
        if (!row.isScored()) {
            return words.get("pdf.scorecard.notScored");
        }
        return words.get("pdf.scorecard.mature", numbers.score(row.shownMaturity().getAsDouble()))
                + row.band().map(b -> " · " + b.label()).orElse("");
    }
}
