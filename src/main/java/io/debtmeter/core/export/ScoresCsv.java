package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.analysis.scorecard.ItemDetailRows;
import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores as CSV: one row per assessment and item, every item of the assessment's own rubric version,
 * in rubric order, answered or not. Teams by name, each team's assessments oldest first.
 *
 * <p>{@code answer} is {@code level}, {@code option}, {@code n/a}, {@code dont-know} or {@code unanswered}; {@code level}
 * is the level chosen (or, for a litmus question, the chosen option's score on the scale);
 * {@code score} is the item score 0..1 of docs/scoring.md (empty when not scored).
 */
public final class ScoresCsv implements Exporter {

    public static final List<String> HEADER = List.of("team", "assessment_id", "date", "period", "rubric_id",
            "rubric_version", "category", "item_id", "item_title", "kind", "answer", "level", "answer_label",
            "score", "note");

    private final ScoreCalculator calculator;
    private final List<String> header;

    public ScoresCsv(ScoreCalculator calculator) {
        this(calculator, ReportTexts.ENGLISH);
    }

    /**
     * @param texts the language of the header row only: the column order, and every value (ISO dates,
     *              numbers with '.', the rubric's own texts, the {@code answer} codes), stay as in English
     */
    public ScoresCsv(ScoreCalculator calculator, ReportTexts texts) {
        this.calculator = calculator;
        this.header = header(texts);
    }

    /** {@link #HEADER} in the language of {@code texts}. */
    public static List<String> header(ReportTexts texts) {
        return CsvTable.headerOf(texts, "csv.scores", HEADER.size());
    }

    @Override
    public void write(AssessmentStore store, ExportSubject subject, OutputStream out) throws IOException {
        CsvTable table = new CsvTable(out, header);
        for (SubjectReader.TeamPart part : SubjectReader.read(store, subject)) {
            for (AssessmentSnapshot snapshot : part.assessments()) {
                writeAssessment(table, part.team().name(), snapshot);
            }
        }
        table.finish();
    }

    private void writeAssessment(CsvTable table, String teamName, AssessmentSnapshot snapshot) throws IOException {
        Assessment assessment = snapshot.assessment();
        Rubric rubric = snapshot.rubric();
        for (Category category : rubric.categories()) {
            for (Item item : rubric.itemsOf(category.id())) {
                ItemResponse response = snapshot.responses().getOrDefault(item.id(), ItemResponse.open(item.id()));
                Optional<Answer> answer = response.answer();
                OptionalDouble score = answer.isPresent()
                        ? calculator.itemScore(item, rubric.scale(), answer.get())
                        : OptionalDouble.empty();
                table.text(teamName).text(assessment.id().toString()).text(assessment.date().toString())
                        .text(assessment.period()).text(rubric.id()).text(rubric.version())
                        .text(category.title()).text(item.id()).text(item.title()).text(item.kind().jsonName())
                        .text(state(answer)).number(ItemDetailRows.levelOf(item, answer)).text(label(rubric, item, answer))
                        .number(score).text(response.note());
                table.endRow();
            }
        }
    }

    static String state(Optional<Answer> answer) {
        if (answer.isEmpty()) {
            return "unanswered";
        }
        if (answer.get() instanceof Answer.Level) {
            return "level";
        }
        if (answer.get() instanceof Answer.DontKnow) {
            return "dont-know";
        }
        return answer.get() instanceof Answer.Choice ? "option" : "n/a";
    }

    /** The scale label of a level, or the label of the chosen option. */
    static String label(Rubric rubric, Item item, Optional<Answer> answer) {
        if (answer.isPresent() && answer.get() instanceof Answer.Level level) {
            return rubric.scale().labelOf(level.value());
        }
        if (answer.isPresent() && answer.get() instanceof Answer.Choice choice) {
            return item.option(choice.optionId()).map(o -> o.label()).orElse(choice.optionId());
        }
        return "";
    }
}
