package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Rubric;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small rubrics whose debt index is easy to compute by hand. */
final class TestRubrics {

    private TestRubrics() {
    }

    /**
     * One category "work", scale 0..4, the default bands A..E, three practices: "a" (weight wa),
     * "b" (weight wb) and "c" (weight 1). Answering a = 0, b = 4, c = N/A gives
     * maturity 100 * wb / (wa + wb), so debt index = 100 * wa / (wa + wb).
     */
    static Rubric weighted(String id, double wa, double wb) {
        String item = """
                {"id": "%s", "category": "work", "kind": "practice", "title": "%s", "question": "Q?", "why": "W", "weight": %s,
                 "levels": [{"value": 0, "descriptor": "d0"}, {"value": 1, "descriptor": "d1"}, {"value": 2, "descriptor": "d2"},
                            {"value": 3, "descriptor": "d3"}, {"value": 4, "descriptor": "d4"}]}""";
        return parse("""
                {"id": "%s", "version": "w%s-%s", "title": "Weighted",
                 "scale": {"levels": [{"value": 0, "label": "L0"}, {"value": 1, "label": "L1"}, {"value": 2, "label": "L2"},
                                      {"value": 3, "label": "L3"}, {"value": 4, "label": "L4"}]},
                 "aggregation": {"rule": "weighted-mean"},
                 "gradeBands": [{"label": "A", "min": 0, "max": 20, "meaning": "little"},
                                {"label": "B", "min": 20, "max": 40, "meaning": "low"},
                                {"label": "C", "min": 40, "max": 60, "meaning": "moderate"},
                                {"label": "D", "min": 60, "max": 80, "meaning": "high"},
                                {"label": "E", "min": 80, "max": 100, "meaning": "most"}],
                 "categories": [{"id": "work", "title": "Work", "weight": 1}],
                 "items": [%s, %s, %s]}
                """.formatted(id, number(wa), number(wb),
                item.formatted("a", "A", number(wa)), item.formatted("b", "B", number(wb)), item.formatted("c", "C", "1")));
    }

    /**
     * Two categories "x" and "y" of one practice each on 0..4, the weakest-category rule and six bands
     * named like the ML Test Score's. Answering x = 1, y = 3 gives maturities 25 and 75; the overall is
     * the lowest, 25, so debt index = 75.0, in [71.4, 85.7) = "First pass".
     */
    static Rubric sixBands() {
        String item = """
                {"id": "%s", "category": "%s", "kind": "practice", "title": "T", "question": "Q?", "why": "W",
                 "levels": [{"value": 0, "descriptor": "d0"}, {"value": 1, "descriptor": "d1"}, {"value": 2, "descriptor": "d2"},
                            {"value": 3, "descriptor": "d3"}, {"value": 4, "descriptor": "d4"}]}""";
        return parse("""
                {"id": "six-bands", "version": "1.0", "title": "Six bands",
                 "scale": {"levels": [{"value": 0, "label": "L0"}, {"value": 1, "label": "L1"}, {"value": 2, "label": "L2"},
                                      {"value": 3, "label": "L3"}, {"value": 4, "label": "L4"}]},
                 "aggregation": {"rule": "weakest-category"},
                 "gradeBands": [{"label": "Exceptional", "min": 0, "max": 28.5, "meaning": "m"},
                                {"label": "Strong", "min": 28.5, "max": 57.1, "meaning": "m"},
                                {"label": "Reasonably tested", "min": 57.1, "max": 71.4, "meaning": "m"},
                                {"label": "First pass", "min": 71.4, "max": 85.7, "meaning": "m"},
                                {"label": "Serious holes", "min": 85.7, "max": 95, "meaning": "m"},
                                {"label": "Research project", "min": 95, "max": 100, "meaning": "m"}],
                 "categories": [{"id": "x", "title": "X", "weight": 1}, {"id": "y", "title": "Y", "weight": 1}],
                 "items": [%s, %s]}
                """.formatted(item.formatted("x1", "x"), item.formatted("y1", "y")));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
    }

    private static Rubric parse(String json) {
        try {
            return new RubricLoader().parse("test rubric", json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
