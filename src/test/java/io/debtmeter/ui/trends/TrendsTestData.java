package io.debtmeter.ui.trends;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.debtmeter.testsupport.TestRubrics.level;
import static io.debtmeter.testsupport.TestRubrics.zeroToFour;
import static io.debtmeter.testsupport.TestRubrics.zeroToFourPractice;

/**
 * A real SQLite store with one small team whose every number can be worked out by hand.
 *
 * <pre>
 * rubric "tiny" 1: data (weight 1): data-versioning, data-lineage      model (1): model-tests
 * rubric "tiny" 2: data: data-versioning      model: model-tests      ops (1): ops-monitoring
 * scale 0..4, weighted mean; item score = level / 4; maturity M = 100 * mean score; debt = 100 - M
 *
 * 2026-Q1 (v1): versioning 1, lineage 0, tests 2  -> data 12.5 (debt 87.5), model 50 (debt 50)
 *               overall (12.5 + 50) / 2 = 31.25          -> debt index 68.75, shown 68.8, grade D
 * 2026-Q2 (v1): versioning 2, lineage N/A (note), tests 2 -> data 50 (debt 50), model 50 (debt 50)
 *               overall 50                               -> debt index 50.0, grade C
 * 2026-Q3 (v2): versioning 3, tests 3, monitoring unanswered (note) -> data 75, model 75, ops unscored
 *               overall 75                               -> debt index 25.0, grade B
 * 2026-Q4 (v2): versioning 4, tests 3, monitoring 1      -> data 100 (debt 0), model 75 (debt 25), ops 25 (debt 75)
 *               overall (100 + 75 + 25) / 3 = 66.67      -> debt index 33.33, shown 33.3, grade B
 * </pre>
 */
final class TrendsTestData implements AutoCloseable {

    static final String LINEAGE_NOTE = "No upstream tables any more";
    static final String MONITORING_NOTE = "Ask the platform team who owns the dashboards";

    final AssessmentStore store;
    final Team team;
    final Rubric v1 = zeroToFour("tiny", "Tiny", "1", """
            {"id": "data", "title": "Data", "weight": 1}, {"id": "model", "title": "Model", "weight": 1}
            """, List.of(zeroToFourPractice("data-versioning", "data", "Version the training data"),
            zeroToFourPractice("data-lineage", "data", "Track data lineage"), zeroToFourPractice("model-tests", "model", "Test the model")));
    final Rubric v2 = zeroToFour("tiny", "Tiny", "2", """
            {"id": "data", "title": "Data", "weight": 1}, {"id": "model", "title": "Model", "weight": 1},
            {"id": "ops", "title": "Operations", "weight": 1}
            """, List.of(zeroToFourPractice("data-versioning", "data", "Version the training data"),
            zeroToFourPractice("model-tests", "model", "Test the model"), zeroToFourPractice("ops-monitoring", "ops", "Monitor live quality")));
    final Assessment q1;
    final Assessment q2;
    final Assessment q3;
    final Assessment q4;

    TrendsTestData(Path tempDir) {
        store = TestStores.create(tempDir, "trends.db");
        team = store.createTeam("Search ranking");
        q1 = assessment(v1, LocalDate.of(2026, 2, 15), "2026-Q1");
        save(q1, level("data-versioning", 1), level("data-lineage", 0), level("model-tests", 2));
        q2 = assessment(v1, LocalDate.of(2026, 5, 15), "2026-Q2");
        save(q2, level("data-versioning", 2), level("model-tests", 2),
                ItemResponse.open("data-lineage").withAnswer(new Answer.NotApplicable()).withNote(LINEAGE_NOTE));
        q3 = assessment(v2, LocalDate.of(2026, 8, 15), "2026-Q3");
        save(q3, level("data-versioning", 3), level("model-tests", 3),
                ItemResponse.open("ops-monitoring").withNote(MONITORING_NOTE));
        q4 = assessment(v2, LocalDate.of(2026, 11, 15), "2026-Q4");
        save(q4, level("data-versioning", 4), level("model-tests", 3), level("ops-monitoring", 1));
    }

    Assessment assessment(Rubric rubric, LocalDate date, String period) {
        return assessment(team, rubric, date, period, Optional.empty());
    }

    Assessment assessment(Team owner, Rubric rubric, LocalDate date, String period, Optional<java.util.UUID> carryOver) {
        return store.createAssessment(new NewAssessment(owner.id(), rubric, date, period, List.of("Ana", "Ben"), carryOver));
    }

    void save(Assessment assessment, ItemResponse... responses) {
        for (ItemResponse response : responses) {
            store.saveResponse(assessment.id(), response);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
