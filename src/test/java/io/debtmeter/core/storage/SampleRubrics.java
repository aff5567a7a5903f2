package io.debtmeter.core.storage;

import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Rubric;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Rubrics for storage tests: the bundled default, and a tiny one whose every item is known. */
public final class SampleRubrics {

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

    private SampleRubrics() {
    }

    public static Rubric tiny() {
        return parse(TINY);
    }

    /** The tiny rubric in a new version: p2 dropped, p3 added, p1's scale unchanged. */
    public static Rubric tinyVersion2() {
        return parse(TINY.replace("\"version\": \"1.0\"", "\"version\": \"2.0\"").replace("\"p2\"", "\"p3\""));
    }

    public static Rubric parse(String json) {
        try {
            return new RubricLoader().parse("test rubric", json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Rubric defaultRubric() {
        try (InputStream in = SampleRubrics.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
            return new RubricLoader().load("ml-technical-debt.json", in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
