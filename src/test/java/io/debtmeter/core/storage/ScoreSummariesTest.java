package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The score summary cache (V3): right the first time, never stale after an answer changes, and
 * harmless when it cannot be written. On the tiny rubric (p1, p2 on 0/0.5/1, litmus l1 yes=1/no=0,
 * one category, weighted mean, bands Good [0, 50) and Bad [50, 100]).
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ScoreSummariesTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path tempDir;

    private static final Rubric TINY = TestRubrics.tiny();

    private Assessment assessment(AssessmentStore store) {
        Team team = store.createTeam("Ranking");
        return store.createAssessment(new NewAssessment(team.id(), TINY, LocalDate.of(2026, 10, 1), "2026-Q4",
                List.of("Ana"), Optional.empty()));
    }

    private static void answer(AssessmentStore store, Assessment assessment, String itemId, Answer answer) {
        store.saveResponse(assessment.id(), ItemResponse.open(itemId).withAnswer(answer));
    }

    private static ScoreSummary summaryOf(AssessmentStore store, Assessment assessment) {
        return store.scoreSummaries(List.of(assessment.id())).get(assessment.id());
    }

    private static String grade(ScoreSummary summary) {
        return summary.grade().map(GradeBand::label).orElse("none");
    }

    @Test
    void isCachedOnFirstReadAndClearedByTheNextAnswer() {
        TestDatabase db = TestDatabase.create(dialect, tempDir, "summary.db");
        try (AssessmentStore store = db.open()) {
            Assessment assessment = assessment(store);
            answer(store, assessment, "p1", new Answer.Level(1));
            answer(store, assessment, "p2", new Answer.Level(0.5));

            // p1 s = 1, p2 s = 0.5, l1 open: maturity (1 + 0.5) / 2 = 75 % -> debt 25 -> Good.
            ScoreSummary first = summaryOf(store, assessment);
            assertThat(first.debtIndex().getAsDouble()).isCloseTo(25.0, within(1e-9));
            assertThat(grade(first)).isEqualTo("Good");
            assertThat(first.coverage()).isEqualTo(new Coverage(2, 0, 1));
            assertThat(db.single("SELECT count(*) FROM score_summary")).isEqualTo("1");

            // p2 -> 0: maturity (1 + 0) / 2 = 50 % -> debt 50 -> Bad (Good ends before 50).
            answer(store, assessment, "p2", new Answer.Level(0));
            assertThat(db.single("SELECT count(*) FROM score_summary")).isEqualTo("0");
            ScoreSummary second = summaryOf(store, assessment);
            assertThat(second.debtIndex().getAsDouble()).isCloseTo(50.0, within(1e-9));
            assertThat(grade(second)).isEqualTo("Bad");

            // l1 "no" (score 0): maturity (1 + 0 + 0) / 3 = 33.33 % -> debt 66.67, nothing left open.
            answer(store, assessment, "l1", new Answer.Choice("no"));
            ScoreSummary third = summaryOf(store, assessment);
            assertThat(third.debtIndex().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
            assertThat(third.coverage()).isEqualTo(new Coverage(3, 0, 0));
        }
    }

    @Test
    void anAssessmentWithNothingScoredHasNoDebtIndexAndNoGrade() {
        try (AssessmentStore store = TestDatabase.create(dialect, tempDir, "empty.db").open()) {
            Assessment assessment = assessment(store);
            answer(store, assessment, "p1", new Answer.NotApplicable());

            for (int read = 0; read < 2; read++) { // computed, then from the cache
                ScoreSummary summary = summaryOf(store, assessment);
                assertThat(summary.debtIndex()).isEmpty();
                assertThat(summary.grade()).isEmpty();
                assertThat(summary.coverage()).isEqualTo(new Coverage(0, 1, 2));
            }
        }
    }

    @Test
    void anotherProgramsAnswerClearsTheCacheToo() throws Exception {
        TestDatabase db = TestDatabase.create(dialect, tempDir, "shared.db");
        try (AssessmentStore first = db.open();
             AssessmentStore second = db.open()) {
            Assessment assessment = assessment(first);
            answer(first, assessment, "p1", new Answer.Level(1));
            // p1 alone: debt 0.
            assertThat(summaryOf(first, assessment).debtIndex().getAsDouble()).isCloseTo(0.0, within(1e-9));

            answer(second, assessment, "p2", new Answer.Level(0));
            // p1 = 1, p2 = 0: debt 50, seen by the first window although it cached 0.
            assertThat(summaryOf(first, assessment).debtIndex().getAsDouble()).isCloseTo(50.0, within(1e-9));
        }
    }

    @Test
    void rowsOfOtherScoringRulesAreIgnored() throws Exception {
        TestDatabase db = TestDatabase.create(dialect, tempDir, "version.db");
        try (AssessmentStore store = db.open()) {
            Assessment assessment = assessment(store);
            answer(store, assessment, "p1", new Answer.Level(0.5));
            summaryOf(store, assessment);
        }
        // A row left by other scoring rules, claiming debt 99: it must not be believed.
        assertThat(db.update("UPDATE score_summary SET scoring_version = 99, debt_index = 99")).isEqualTo(1);
        try (AssessmentStore store = db.open()) {
            UUID id = store.latestAssessments().values().iterator().next().id();
            // p1 = 0.5 alone: maturity 50 % -> debt 50.
            Map<UUID, ScoreSummary> summaries = store.scoreSummaries(List.of(id));
            assertThat(summaries.get(id).debtIndex().getAsDouble()).isCloseTo(50.0, within(1e-9));
        }
    }

    @Test
    void aReadOnlyStoreScoresWithoutWriting() throws Exception {
        TestDatabase db = TestDatabase.create(dialect, tempDir, "readonly.db");
        try (AssessmentStore store = db.open()) {
            Assessment assessment = assessment(store);
            answer(store, assessment, "p1", new Answer.Level(0));
        }
        String before = db.dump();
        try (AssessmentStore viewer = db.openReadOnly()) {
            UUID id = viewer.latestAssessments().values().iterator().next().id();
            // p1 = 0 alone: maturity 0 -> debt 100 -> Bad (the last band includes 100).
            ScoreSummary summary = viewer.scoreSummaries(List.of(id)).get(id);
            assertThat(summary.debtIndex().getAsDouble()).isCloseTo(100.0, within(1e-9));
            assertThat(grade(summary)).isEqualTo("Bad");
        }
        assertThat(db.dump()).isEqualTo(before);
    }
}
