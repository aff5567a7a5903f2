package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a team's history from a real SQLite file. */
class TeamHistoryTest {

    @TempDir
    Path tempDir;

    @Test
    void readsAssessmentsOldestFirstEachWithItsOwnRubricVersionAndResponses() {
        try (AssessmentStore store = TestStores.create(tempDir, "h.db")) {
            Team team = store.createTeam("Ranking");
            Team other = store.createTeam("Other");
            // Created out of date order on purpose: the axis follows the dates.
            Assessment q3 = create(store, team, TestRubrics.trendVersion2(), LocalDate.of(2026, 7, 15), "2026-Q3");
            Assessment q1 = create(store, team, TestRubrics.trendVersion1(), LocalDate.of(2026, 1, 15), "2026-Q1");
            Assessment q2 = create(store, team, TestRubrics.trendVersion1(), LocalDate.of(2026, 4, 15), "2026-Q2");
            create(store, other, TestRubrics.trendVersion1(), LocalDate.of(2026, 2, 1), "2026-Q1");
            store.saveResponse(q1.id(), TestRubrics.notApplicable("model.old", "No second model yet"));
            store.saveResponse(q3.id(), TestRubrics.level("team.t", 3));

            List<AssessmentSnapshot> history = TeamHistory.read(store, team.id());

            assertThat(history).extracting(s -> s.assessment().id()).containsExactly(q1.id(), q2.id(), q3.id());
            assertThat(history).extracting(s -> s.rubric().version()).containsExactly("1", "1", "2");
            assertThat(history.get(0).responses().get("model.old").note()).isEqualTo("No second model yet");
            assertThat(history.get(1).responses()).isEmpty();
            assertThat(history.get(2).answers()).containsOnlyKeys("team.t");
        }
    }

    @Test
    void aTeamWithoutAssessmentsHasAnEmptyHistory() {
        try (AssessmentStore store = TestStores.create(tempDir, "e.db")) {
            Team team = store.createTeam("New team");

            assertThat(TeamHistory.read(store, team.id())).isEmpty();
        }
    }

    private static Assessment create(AssessmentStore store, Team team, Rubric rubric, LocalDate date, String period) {
        return store.createAssessment(new NewAssessment(team.id(), rubric, date, period, List.of("Ana"), Optional.empty()));
    }
}
