package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.List;
import java.util.Map;

/**
 * The worked example of docs/scoring.md, built by hand: categories data (weight 2), model and infra
 * (weight 1) on a 0..4 scale with the default A..E bands. With {@link #ANSWERS} the maturities are
 * data 100 * (3 * 0.75 + 1 * 0.25) / 4 = 62.5, model 100 * (2 * 0.5) / 2 = 50.0 (fairness N/A),
 * infra 100 * 0.75 / 1 = 75.0 (rollback unanswered).
 */
final class WorkedExample {

    static final Scale SCALE = new Scale(List.of(new ScaleLevel(0, "Absent"), new ScaleLevel(1, "Ad hoc"),
            new ScaleLevel(2, "Defined"), new ScaleLevel(3, "Managed"), new ScaleLevel(4, "Optimised")));

    static final List<GradeBand> BANDS = List.of(
            new GradeBand("A", 0, 20, "Little debt"),
            new GradeBand("B", 20, 40, "Some debt"),
            new GradeBand("C", 40, 60, "Noticeable debt"),
            new GradeBand("D", 60, 80, "Heavy debt"),
            new GradeBand("E", 80, 100, "Debt dominates"));

    static final Map<String, Answer> ANSWERS = Map.of(
            "data.versioning", new Answer.Level(3),
            "data.reproduce", new Answer.Choice("effort"),
            "model.tests", new Answer.Level(2),
            "model.fairness", new Answer.NotApplicable(),
            "infra.monitoring", new Answer.Level(3));

    private WorkedExample() {
    }

    static Rubric rubric(AggregationRule rule) {
        return new Rubric("worked", "1", "Worked example", "", SCALE, rule, BANDS,
                List.of(new Category("data", "Data", "", 2), new Category("model", "Model", "", 1),
                        new Category("infra", "Infrastructure", "", 1)),
                List.of(practice("data.versioning", "data", 3),
                        new Item("data.reproduce", "data", ItemKind.LITMUS, "Reproduce", "Can you rebuild it?", "", "", 1,
                                List.of(), List.of(new AnswerOption("no", "No", 0), new AnswerOption("effort", "Only by hand", 1),
                                new AnswerOption("script", "With a script", 3), new AnswerOption("command", "One command", 4))),
                        practice("model.tests", "model", 2),
                        practice("model.fairness", "model", 1),
                        practice("infra.monitoring", "infra", 1),
                        practice("infra.rollback", "infra", 1)));
    }

    static Item practice(String id, String categoryId, double weight) {
        return new Item(id, categoryId, ItemKind.PRACTICE, id, "Do you " + id + "?", "", "", weight,
                SCALE.levels().stream().map(l -> new LevelDescriptor(l.value(), l.label() + " " + id)).toList(), List.of());
    }
}
