package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two versions of a small rubric on the 0..4 scale (weighted mean), written out so every number in
 * the tests can be worked out by hand.
 *
 * <pre>
 * version 1: data (weight 2): data.a, data.b     model (1): model.c, model.old     ops (1): ops.x (litmus)
 * version 2: model (1): model.c, model.d          data (2): data.a, data.b           team (1): team.t
 * </pre>
 * ops.x options: no = 0, partly = 2, yes = 4. Version 2 drops model.old, ops.x and the ops category,
 * adds model.d and the team category, and lists model before data.
 */
final class TrendRubrics {

    static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private TrendRubrics() {
    }

    static Rubric version1() {
        return parse("1", """
                {"id": "data", "title": "Data", "weight": 2},
                {"id": "model", "title": "Model", "weight": 1},
                {"id": "ops", "title": "Operations", "weight": 1}
                """, Stream.of(practice("data.a", "data", "Version data"), practice("data.b", "data", "Track lineage"),
                practice("model.c", "model", "Test models"), practice("model.old", "model", "Old check"),
                """
                {"id": "ops.x", "category": "ops", "kind": "litmus", "title": "Roll back", "question": "Can you roll back?",
                 "why": "W", "options": [{"id": "no", "label": "No", "score": 0}, {"id": "partly", "label": "Partly", "score": 2},
                                         {"id": "yes", "label": "Yes", "score": 4}]}
                """));
    }

    static Rubric version2() {
        return parse("2", """
                {"id": "model", "title": "Model", "weight": 1},
                {"id": "data", "title": "Data", "weight": 2},
                {"id": "team", "title": "Team", "weight": 1}
                """, Stream.of(practice("model.c", "model", "Test models"), practice("model.d", "model", "Review models"),
                practice("data.a", "data", "Version data"), practice("data.b", "data", "Track lineage"),
                practice("team.t", "team", "Debt budget")));
    }

    private static String practice(String id, String category, String title) {
        return """
                {"id": "%s", "category": "%s", "kind": "practice", "title": "%s", "question": "Q?", "why": "W",
                 "levels": [{"value": 0, "descriptor": "d0"}, {"value": 1, "descriptor": "d1"}, {"value": 2, "descriptor": "d2"},
                            {"value": 3, "descriptor": "d3"}, {"value": 4, "descriptor": "d4"}]}
                """.formatted(id, category, title);
    }

    private static Rubric parse(String version, String categories, Stream<String> items) {
        String json = """
                {
                  "id": "mini", "version": "%s", "title": "Mini",
                  "scale": {"levels": [{"value": 0, "label": "Absent"}, {"value": 1, "label": "Ad hoc"},
                                       {"value": 2, "label": "Defined"}, {"value": 3, "label": "Managed"},
                                       {"value": 4, "label": "Optimised"}]},
                  "aggregation": {"rule": "weighted-mean"},
                  "gradeBands": [{"label": "A", "min": 0, "max": 20, "meaning": "a"}, {"label": "B", "min": 20, "max": 40, "meaning": "b"},
                                 {"label": "C", "min": 40, "max": 60, "meaning": "c"}, {"label": "D", "min": 60, "max": 80, "meaning": "d"},
                                 {"label": "E", "min": 80, "max": 100, "meaning": "e"}],
                  "categories": [%s],
                  "items": [%s]
                }
                """.formatted(version, categories, items.collect(Collectors.joining(",")));
        try {
            return new RubricLoader().parse("mini " + version, json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Assessment assessment(Rubric rubric, LocalDate date, String period) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new Assessment(UUID.nameUUIDFromBytes(period.getBytes(StandardCharsets.UTF_8)), TEAM, rubric.id(),
                rubric.version(), date, period, List.of("Ana"), AssessmentStatus.FINAL, created, created);
    }

    static ItemResponse level(String itemId, double level) {
        return ItemResponse.open(itemId).withAnswer(new Answer.Level(level));
    }

    static ItemResponse choice(String itemId, String optionId) {
        return ItemResponse.open(itemId).withAnswer(new Answer.Choice(optionId));
    }

    static ItemResponse notApplicable(String itemId, String note) {
        return ItemResponse.open(itemId).withAnswer(new Answer.NotApplicable()).withNote(note);
    }

    static Map<String, ItemResponse> responses(ItemResponse... responses) {
        return Stream.of(responses).collect(Collectors.toMap(ItemResponse::itemId, r -> r));
    }

    static AssessmentSnapshot snapshot(Rubric rubric, LocalDate date, String period, ItemResponse... responses) {
        return new AssessmentSnapshot(assessment(rubric, date, period), rubric, responses(responses));
    }
}
