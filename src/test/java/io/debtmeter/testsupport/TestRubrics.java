package io.debtmeter.testsupport;

import io.debtmeter.core.rubric.RubricLoader;
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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The small rubrics tests score by hand, and the bundled default one, built in one place. Each
 * family below is written out so every number in its tests can be worked out from this file.
 */
public final class TestRubrics {

    /** A practice's five level descriptors on the 0..4 scale, as rubric JSON. */
    private static final String ZERO_TO_FOUR_LEVELS = """
            "levels": [{"value": 0, "descriptor": "d0"}, {"value": 1, "descriptor": "d1"}, {"value": 2, "descriptor": "d2"},
                       {"value": 3, "descriptor": "d3"}, {"value": 4, "descriptor": "d4"}]""";

    /** The 0..4 scale with plain labels L0..L4, for rubrics whose scale labels no test reads. */
    private static final String PLAIN_ZERO_TO_FOUR_SCALE = """
            "scale": {"levels": [{"value": 0, "label": "L0"}, {"value": 1, "label": "L1"}, {"value": 2, "label": "L2"},
                                 {"value": 3, "label": "L3"}, {"value": 4, "label": "L4"}]}""";

    private TestRubrics() {
    }

    // ---- parsing and the bundled rubric ----

    public static Rubric parse(String json) {
        return parse("test rubric", json);
    }

    private static Rubric parse(String source, String json) {
        try {
            return new RubricLoader().parse(source, json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Rubric defaultRubric() {
        try (InputStream in = TestRubrics.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
            return new RubricLoader().load("ml-technical-debt.json", in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- answers ----

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

    public static Map<String, ItemResponse> responses(ItemResponse... responses) {
        return Stream.of(responses).collect(Collectors.toMap(ItemResponse::itemId, r -> r));
    }

    // ---- the smallest valid rubric, as a user's file ----

    /** The smallest valid rubric: one two-level scale, one category, one practice (in {@code category}), two bands. */
    public static String smallestValidJson(String id, String version, String category) {
        return teamRubricJson(id, version, "Team rubric", 50, unitTestsPracticeJson(category,
                "[{\"value\": 0, \"descriptor\": \"No tests.\"}, {\"value\": 1, \"descriptor\": \"Tests run on every change.\"}]"));
    }

    /**
     * A user's rubric on the scale No / Yes, weighted mean, with one category "testing" and these items (JSON
     * objects). Band A runs from 0 to {@code bandAEnd}, band B from 50 to 100: any end but 50 leaves a gap or an overlap.
     */
    public static String teamRubricJson(String id, String version, String title, int bandAEnd, String... items) {
        return """
                {
                  "id": "%s",
                  "version": "%s",
                  "title": "%s",
                  "scale": {"levels": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]},
                  "aggregation": {"rule": "weighted-mean"},
                  "gradeBands": [
                    {"label": "A", "min": 0, "max": %d, "meaning": "Little debt"},
                    {"label": "B", "min": 50, "max": 100, "meaning": "Much debt"}
                  ],
                  "categories": [{"id": "testing", "title": "Testing", "weight": 1}],
                  "items": [
                %s
                  ]
                }
                """.formatted(id, version, title, bandAEnd, String.join(",\n", items).indent(4).stripTrailing());
    }

    /** The practice "unit-tests" in {@code category}, with these level descriptors (a JSON list). */
    public static String unitTestsPracticeJson(String category, String levels) {
        return """
                {
                  "id": "unit-tests",
                  "category": "%s",
                  "kind": "practice",
                  "title": "Unit tests",
                  "question": "Do you unit-test feature code?",
                  "why": "Tests catch regressions.",
                  "levels": %s
                }""".formatted(category, levels);
    }

    /** {@link #smallestValidJson(String, String, String)} with its practice in the category "testing". */
    public static String smallestValidJson(String id, String version) {
        return smallestValidJson(id, version, "testing");
    }

    // ---- "tiny": one category, for storage, exchange and export tests ----

    /** p1, p2: practices on 0 / 0.5 / 1; l1: a litmus question with options yes / no. */
    public static final String TINY = """
            {
              "id": "tiny", "version": "1.0", "title": "Tiny",
              "scale": {"levels": [{"value": 0, "label": "No"}, {"value": 0.5, "label": "Half"}, {"value": 1, "label": "Yes"}]},
              "aggregation": {"rule": "weighted-mean"},
              "gradeBands": [{"label": "Good", "min": 0, "max": 50, "meaning": "little debt"},
                             {"label": "Bad", "min": 50, "max": 100, "meaning": "much debt"}],
              "categories": [{"id": "c1", "title": "One", "weight": 1}],
              "items": [
                {"id": "p1", "category": "c1", "kind": "practice", "title": "P1", "question": "Q1?", "why": "W",
                 "levels": [{"value": 0, "descriptor": "not"}, {"value": 0.5, "descriptor": "half"}, {"value": 1, "descriptor": "done"}]},
                {"id": "p2", "category": "c1", "kind": "practice", "title": "P2", "question": "Q2?", "why": "W",
                 "levels": [{"value": 0, "descriptor": "not"}, {"value": 0.5, "descriptor": "half"}, {"value": 1, "descriptor": "done"}]},
                {"id": "l1", "category": "c1", "kind": "litmus", "title": "L", "question": "Q?", "why": "W",
                 "options": [{"id": "yes", "label": "Yes", "score": 1}, {"id": "no", "label": "No", "score": 0}]}
              ]
            }
            """;

    public static Rubric tiny() {
        return parse(TINY);
    }

    /** The tiny rubric in a new version: p2 dropped, p3 added, p1's scale unchanged. */
    public static Rubric tinyVersion2() {
        return parse(TINY.replace("\"version\": \"1.0\"", "\"version\": \"2.0\"").replace("\"p2\"", "\"p3\""));
    }

    // ---- "mini": two versions on 0..4, for trend tests ----

    /**
     * Two versions of a small rubric on the 0..4 scale (weighted mean).
     *
     * <pre>
     * version 1: data (weight 2): data.a, data.b     model (1): model.c, model.old     ops (1): ops.x (litmus)
     * version 2: model (1): model.c, model.d          data (2): data.a, data.b           team (1): team.t
     * </pre>
     * ops.x options: no = 0, partly = 2, yes = 4. Version 2 drops model.old, ops.x and the ops category,
     * adds model.d and the team category, and lists model before data.
     */
    public static Rubric trendVersion1() {
        return zeroToFour("mini", "Mini", "1", """
                {"id": "data", "title": "Data", "weight": 2},
                {"id": "model", "title": "Model", "weight": 1},
                {"id": "ops", "title": "Operations", "weight": 1}
                """, List.of(zeroToFourPractice("data.a", "data", "Version data"), zeroToFourPractice("data.b", "data", "Track lineage"),
                zeroToFourPractice("model.c", "model", "Test models"), zeroToFourPractice("model.old", "model", "Old check"),
                """
                {"id": "ops.x", "category": "ops", "kind": "litmus", "title": "Roll back", "question": "Can you roll back?",
                 "why": "W", "options": [{"id": "no", "label": "No", "score": 0}, {"id": "partly", "label": "Partly", "score": 2},
                                         {"id": "yes", "label": "Yes", "score": 4}]}
                """));
    }

    /** See {@link #trendVersion1()}. */
    public static Rubric trendVersion2() {
        return zeroToFour("mini", "Mini", "2", """
                {"id": "model", "title": "Model", "weight": 1},
                {"id": "data", "title": "Data", "weight": 2},
                {"id": "team", "title": "Team", "weight": 1}
                """, List.of(zeroToFourPractice("model.c", "model", "Test models"), zeroToFourPractice("model.d", "model", "Review models"),
                zeroToFourPractice("data.a", "data", "Version data"), zeroToFourPractice("data.b", "data", "Track lineage"),
                zeroToFourPractice("team.t", "team", "Debt budget")));
    }

    /** A practice on the 0..4 scale of {@link #zeroToFour}, with level descriptors d0..d4. */
    public static String zeroToFourPractice(String id, String category, String title) {
        return """
                {"id": "%s", "category": "%s", "kind": "practice", "title": "%s", "question": "Q?", "why": "W",
                 %s}
                """.formatted(id, category, title, ZERO_TO_FOUR_LEVELS);
    }

    /**
     * The grade bands A..E of 20 points each (as in the default rubric), with these meanings, as a
     * rubric's "gradeBands" JSON list.
     */
    public static String twentyPointBands(String a, String b, String c, String d, String e) {
        return """
                [{"label": "A", "min": 0, "max": 20, "meaning": "%s"}, {"label": "B", "min": 20, "max": 40, "meaning": "%s"},
                 {"label": "C", "min": 40, "max": 60, "meaning": "%s"}, {"label": "D", "min": 60, "max": 80, "meaning": "%s"},
                 {"label": "E", "min": 80, "max": 100, "meaning": "%s"}]""".formatted(a, b, c, d, e);
    }

    /**
     * A rubric on the 0..4 scale (Absent, Ad hoc, Defined, Managed, Optimised), weighted mean, bands A..E
     * of 20 points each, with the given categories (JSON objects) and items (see {@link #zeroToFourPractice}).
     */
    public static Rubric zeroToFour(String id, String title, String version, String categories, List<String> items) {
        String json = """
                {
                  "id": "%s", "version": "%s", "title": "%s",
                  "scale": {"levels": [{"value": 0, "label": "Absent"}, {"value": 1, "label": "Ad hoc"},
                                       {"value": 2, "label": "Defined"}, {"value": 3, "label": "Managed"},
                                       {"value": 4, "label": "Optimised"}]},
                  "aggregation": {"rule": "weighted-mean"},
                  "gradeBands": %s,
                  "categories": [%s],
                  "items": [%s]
                }
                """.formatted(id, version, title, twentyPointBands("a", "b", "c", "d", "e"), categories, String.join(",", items));
        return parse(id + " " + version, json);
    }

    // ---- weighted and six-band rubrics, for portfolio tests ----

    /**
     * One category "work", scale 0..4, the default bands A..E, three practices: "a" (weight wa),
     * "b" (weight wb) and "c" (weight 1). Answering a = 0, b = 4, c = N/A gives
     * maturity 100 * wb / (wa + wb), so debt index = 100 * wa / (wa + wb).
     */
    public static Rubric weighted(String id, double wa, double wb) {
        return parse("""
                {"id": "%s", "version": "w%s-%s", "title": "Weighted",
                 %s,
                 "aggregation": {"rule": "weighted-mean"},
                 "gradeBands": %s,
                 "categories": [{"id": "work", "title": "Work", "weight": 1}],
                 "items": [%s, %s, %s]}
                """.formatted(id, number(wa), number(wb), PLAIN_ZERO_TO_FOUR_SCALE,
                twentyPointBands("little", "low", "moderate", "high", "most"), withWeight(zeroToFourPractice("a", "work", "A"), wa),
                withWeight(zeroToFourPractice("b", "work", "B"), wb), withWeight(zeroToFourPractice("c", "work", "C"), 1)));
    }

    /**
     * Two categories "x" and "y" of one practice each on 0..4, the weakest-category rule and six bands
     * named like the ML Test Score's. Answering x = 1, y = 3 gives maturities 25 and 75; the overall is
     * the lowest, 25, so debt index = 75.0, in [71.4, 85.7) = "First pass".
     */
    public static Rubric sixBands() {
        return parse("""
                {"id": "six-bands", "version": "1.0", "title": "Six bands",
                 %s,
                 "aggregation": {"rule": "weakest-category"},
                 "gradeBands": [{"label": "Exceptional", "min": 0, "max": 28.5, "meaning": "m"},
                                {"label": "Strong", "min": 28.5, "max": 57.1, "meaning": "m"},
                                {"label": "Reasonably tested", "min": 57.1, "max": 71.4, "meaning": "m"},
                                {"label": "First pass", "min": 71.4, "max": 85.7, "meaning": "m"},
                                {"label": "Serious holes", "min": 85.7, "max": 95, "meaning": "m"},
                                {"label": "Research project", "min": 95, "max": 100, "meaning": "m"}],
                 "categories": [{"id": "x", "title": "X", "weight": 1}, {"id": "y", "title": "Y", "weight": 1}],
                 "items": [%s, %s]}
                """.formatted(PLAIN_ZERO_TO_FOUR_SCALE, zeroToFourPractice("x1", "x", "T"), zeroToFourPractice("y1", "y", "T")));
    }

    /** The item (a JSON object) with this weight. */
    private static String withWeight(String item, double weight) {
        return item.replaceFirst("\\{", "{\"weight\": " + number(weight) + ", ");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
    }

    // ---- "svc": two versions built from model records, for comparison tests ----

    public static final Scale ZERO_TO_FOUR = new Scale(List.of(new ScaleLevel(0, "Absent"), new ScaleLevel(1, "Ad hoc"),
            new ScaleLevel(2, "Defined"), new ScaleLevel(3, "Managed"), new ScaleLevel(4, "Optimised")));

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
    public static Rubric compareVersion1() {
        return compareVersion("1.0", category("infra", "Infrastructure", 1),
                practice("monitoring", "infra", "Monitor live performance", ZERO_TO_FOUR),
                practice("rollback", "infra", "Roll back in one step", ZERO_TO_FOUR));
    }

    /** See {@link #compareVersion1()}. */
    public static Rubric compareVersion2() {
        return compareVersion("2.0", category("platform", "Platform", 1),
                practice("monitoring", "platform", "Monitor live performance", ZERO_TO_FOUR),
                practice("alerts", "platform", "Alert on drift", ZERO_TO_FOUR));
    }

    /** Data and model, alike in both versions, then the third category, where the versions differ. */
    private static Rubric compareVersion(String version, Category third, Item... thirdsItems) {
        List<Item> items = new ArrayList<>(List.of(
                practice("versioning", "data", "Version the data", ZERO_TO_FOUR),
                practice("lineage", "data", "Track lineage", ZERO_TO_FOUR),
                reproduce(),
                practice("tests", "model", "Test the model", ZERO_TO_FOUR),
                practice("fairness", "model", "Check fairness", ZERO_TO_FOUR)));
        items.addAll(List.of(thirdsItems));
        return svc(version, ZERO_TO_FOUR, List.of(category("data", "Data", 2), category("model", "Model", 1), third), items);
    }

    /** The comparison rubric's version 3.0: one category, one practice "versioning", on a 0 / 0.5 / 1 scale (No, Partly, Yes). */
    public static Rubric halfStepVersion() {
        Scale scale = new Scale(List.of(new ScaleLevel(0, "No"), new ScaleLevel(0.5, "Partly"), new ScaleLevel(1, "Yes")));
        return svc("3.0", scale, List.of(category("data", "Data", 1)),
                List.of(practice("versioning", "data", "Version the data", scale)));
    }

    private static Rubric svc(String version, Scale scale, List<Category> categories, List<Item> items) {
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
