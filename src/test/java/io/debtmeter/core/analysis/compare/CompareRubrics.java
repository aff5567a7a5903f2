package io.debtmeter.core.analysis.compare;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.List;

/**
 * A small rubric in two versions whose every answer is known, for hand-computed comparisons.
 *
 * <p>Version 1.0, scale 0..4 (Absent, Ad hoc, Defined, Managed, Optimised), weighted mean, default bands:
 * <pre>
 *   data  "Data"            W 2 : versioning, lineage (practices), reproduce (litmus: no 0, hand 1, script 3, command 4)
 *   model "Model"           W 1 : tests, fairness
 *   infra "Infrastructure"  W 1 : monitoring, rollback
 * </pre>
 * Version 2.0: the category id "infra" became "platform" ("Platform"), monitoring moved there,
 * rollback was removed and alerts was added (in platform). Every item weighs 1.
 */
public final class CompareRubrics {

    public static final Scale ZERO_TO_FOUR = new Scale(List.of(new ScaleLevel(0, "Absent"), new ScaleLevel(1, "Ad hoc"),
            new ScaleLevel(2, "Defined"), new ScaleLevel(3, "Managed"), new ScaleLevel(4, "Optimised")));

    private CompareRubrics() {
    }

    public static Rubric version1() {
        return rubric("1.0", ZERO_TO_FOUR, List.of(
                        category("data", "Data", 2), category("model", "Model", 1), category("infra", "Infrastructure", 1)),
                List.of(practice("versioning", "data", "Version the data", ZERO_TO_FOUR),
                        practice("lineage", "data", "Track lineage", ZERO_TO_FOUR),
                        reproduce(),
                        practice("tests", "model", "Test the model", ZERO_TO_FOUR),
                        practice("fairness", "model", "Check fairness", ZERO_TO_FOUR),
                        practice("monitoring", "infra", "Monitor live performance", ZERO_TO_FOUR),
                        practice("rollback", "infra", "Roll back in one step", ZERO_TO_FOUR)));
    }

    public static Rubric version2() {
        return rubric("2.0", ZERO_TO_FOUR, List.of(
                        category("data", "Data", 2), category("model", "Model", 1), category("platform", "Platform", 1)),
                List.of(practice("versioning", "data", "Version the data", ZERO_TO_FOUR),
                        practice("lineage", "data", "Track lineage", ZERO_TO_FOUR),
                        reproduce(),
                        practice("tests", "model", "Test the model", ZERO_TO_FOUR),
                        practice("fairness", "model", "Check fairness", ZERO_TO_FOUR),
                        practice("monitoring", "platform", "Monitor live performance", ZERO_TO_FOUR),
                        practice("alerts", "platform", "Alert on drift", ZERO_TO_FOUR)));
    }

    /** One category, one practice "versioning", on a 0 / 0.5 / 1 scale (No, Partly, Yes). */
    public static Rubric halfStepVersion() {
        Scale scale = new Scale(List.of(new ScaleLevel(0, "No"), new ScaleLevel(0.5, "Partly"), new ScaleLevel(1, "Yes")));
        return rubric("3.0", scale, List.of(category("data", "Data", 1)),
                List.of(practice("versioning", "data", "Version the data", scale)));
    }

    public static ItemResponse level(String itemId, double level) {
        return ItemResponse.open(itemId).withAnswer(new Answer.Level(level));
    }

    public static ItemResponse level(String itemId, double level, String note) {
        return level(itemId, level).withNote(note);
    }

    public static ItemResponse choice(String itemId, String optionId) {
        return ItemResponse.open(itemId).withAnswer(new Answer.Choice(optionId));
    }

    public static ItemResponse notApplicable(String itemId, String note) {
        return ItemResponse.open(itemId).withAnswer(new Answer.NotApplicable()).withNote(note);
    }

    private static Rubric rubric(String version, Scale scale, List<Category> categories, List<Item> items) {
        return new Rubric("svc", version, "Service health", "A small rubric for comparison tests.", scale,
                AggregationRule.WEIGHTED_MEAN, List.of(
                new GradeBand("A", 0, 20, "Little debt"), new GradeBand("B", 20, 40, "Low debt"),
                new GradeBand("C", 40, 60, "Moderate debt"), new GradeBand("D", 60, 80, "High debt"),
                new GradeBand("E", 80, 100, "Most debt")), categories, items);
    }

    private static Category category(String id, String title, double weight) {
        return new Category(id, title, title + " practices.", weight);
    }

    private static Item practice(String id, String categoryId, String title, Scale scale) {
        List<LevelDescriptor> levels = scale.levels().stream()
                .map(l -> new LevelDescriptor(l.value(), title + " at level " + l.label() + ".")).toList();
        return new Item(id, categoryId, ItemKind.PRACTICE, title, title + "?", "Because it matters.", "", 1, levels, List.of());
    }

    private static Item reproduce() {
        return new Item("reproduce", "data", ItemKind.LITMUS, "Rebuild old training data", "Can you rebuild it?",
                "Because it matters.", "", 1, List.of(), List.of(
                new AnswerOption("no", "No", 0), new AnswerOption("hand", "Only by hand", 1),
                new AnswerOption("script", "With a script", 3), new AnswerOption("command", "With one command", 4)));
    }
}
