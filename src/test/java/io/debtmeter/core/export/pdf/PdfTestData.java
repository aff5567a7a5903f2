package io.debtmeter.core.export.pdf;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rubrics and assessments for the PDF tests, built through a real store. */
final class PdfTestData {

    static final String JAPANESE = "日本語のメモ：特徴量の型を確認する";
    static final String ACCENTED = "Ångström units, déjà vu in the feature store";
    static final String CYRILLIC = "Привет, команда: мониторинг дрейфа";

    /**
     * Two categories of two practices each on a 0..4 scale, weight 1 each, grades A–E every 20 points
     * (the default rubric's bands).
     */
    static final String SMALL_RUBRIC = """
            {
              "id": "pdf-small", "version": "1.2", "title": "Small test rubric",
              "scale": {"levels": [{"value": 0, "label": "Not practised"}, {"value": 1, "label": "Ad hoc"},
                                   {"value": 2, "label": "Defined"}, {"value": 3, "label": "Routine"},
                                   {"value": 4, "label": "Automated"}]},
              "aggregation": {"rule": "weighted-mean"},
              "gradeBands": [{"label": "A", "min": 0, "max": 20, "meaning": "Little debt."},
                             {"label": "B", "min": 20, "max": 40, "meaning": "Low debt."},
                             {"label": "C", "min": 40, "max": 60, "meaning": "Moderate debt: practices exist but are applied unevenly."},
                             {"label": "D", "min": 60, "max": 80, "meaning": "High debt."},
                             {"label": "E", "min": 80, "max": 100, "meaning": "Very high debt."}],
              "categories": [{"id": "data", "title": "Data pipelines", "weight": 1},
                             {"id": "models", "title": "Model lifecycle", "weight": 1}],
              "items": [
                %s, %s, %s, %s
              ]
            }
            """.formatted(practice("d1", "data", "Version the training data"),
            practice("d2", "data", "Validate input schemas"),
            practice("m1", "models", "Monitor prediction drift"),
            practice("m2", "models", "Reproduce any model"));

    private PdfTestData() {
    }

    private static String practice(String id, String category, String title) {
        return """
                {"id": "%s", "category": "%s", "kind": "practice", "title": "%s", "question": "Do you %s?", "why": "W",
                 "levels": [{"value": 0, "descriptor": "Nobody does it."}, {"value": 1, "descriptor": "Someone does it by hand."},
                            {"value": 2, "descriptor": "Written down and mostly followed."},
                            {"value": 3, "descriptor": "Done every time as routine."},
                            {"value": 4, "descriptor": "Automated and monitored."}]}
                """.formatted(id, category, title, title.toLowerCase());
    }

    static Rubric smallRubric() {
        try {
            return new RubricLoader().parse("small test rubric", SMALL_RUBRIC.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Rubric defaultRubric() {
        try (InputStream in = PdfTestData.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
            return new RubricLoader().load("ml-technical-debt.json", in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Team "Ranking Ω" with one assessment of the small rubric: d1 = 4, d2 = 2, m1 = 1, m2 not applicable.
     * Notes in Japanese, accented Latin and Cyrillic.
     */
    static Assessment smallAssessment(AssessmentStore store) {
        Team team = store.createTeam("Ranking Ω");
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), smallRubric(),
                LocalDate.of(2026, 11, 15), "2026-Q4", List.of("Aiko", "Chloé", "Дмитрий"), Optional.empty()));
        save(store, assessment, "d1", new Answer.Level(4), JAPANESE, Map.of("4", 3, "3", 1));
        save(store, assessment, "d2", new Answer.Level(2), ACCENTED, Map.of("0", 1, "2", 2, "3", 1));
        save(store, assessment, "m1", new Answer.Level(1), CYRILLIC, Map.of());
        save(store, assessment, "m2", new Answer.NotApplicable(), "", Map.of());
        return assessment;
    }

    /** An earlier assessment of the same team on the small rubric, with Aiko alone taking part. */
    static Assessment earlierAssessment(AssessmentStore store, Assessment later, LocalDate date, String period) {
        return store.createAssessment(new NewAssessment(later.teamId(), smallRubric(), date, period, List.of("Aiko"),
                Optional.empty()));
    }

    static void save(AssessmentStore store, Assessment assessment, String itemId, Answer answer, String note,
                     Map<String, Integer> votes) {
        store.saveResponse(assessment.id(), ItemResponse.open(itemId).withAnswer(answer).withNote(note).withVotes(votes));
    }
}
