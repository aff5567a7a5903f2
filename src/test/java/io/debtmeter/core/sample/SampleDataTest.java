package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataTest {

    @TempDir
    Path folder;

    private AssessmentStore store;
    private Rubric rubric;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.create(folder, "sample.db");
        rubric = new RubricCatalog(new RubricLoader(), folder).load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createsOneTeamWithFourQuarterlyAssessmentsTheLastStillADraft() {
        Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));

        List<Assessment> assessments = store.assessments(team.id());
        assertThat(team.name()).isEqualTo(SampleData.TEAM_NAME);
        // Newest first: 2026-11-15 and three months back each time.
        assertThat(assessments).extracting(Assessment::period).containsExactly("2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1");
        assertThat(assessments).extracting(Assessment::date).containsExactly(
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 2, 15));
        assertThat(assessments).extracting(Assessment::status).containsExactly(
                AssessmentStatus.DRAFT, AssessmentStatus.FINAL, AssessmentStatus.FINAL, AssessmentStatus.FINAL);
        assertThat(store.responses(assessments.get(0).id())).hasSize(30);
    }

    @Test
    void tellsAnImprovementStoryTheDebtGoesDownEveryQuarter() {
        Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));

        List<Double> debtOldestFirst = new java.util.ArrayList<>(store.assessments(team.id()).stream()
                .map(this::debtOf).toList());
        java.util.Collections.reverse(debtOldestFirst);
        for (int i = 1; i < debtOldestFirst.size(); i++) {
            assertThat(debtOldestFirst.get(i)).as("quarter %d vs %d: %s", i + 1, i, debtOldestFirst)
                    .isLessThan(debtOldestFirst.get(i - 1));
        }
    }

    @Test
    void earlierActionsAreMostlyDoneAndTheLatestAreOpen() {
        Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));

        var actions = store.actions(team.id());
        assertThat(actions).hasSize(6);
        assertThat(actions).filteredOn(a -> a.status() == ActionStatus.OPEN).hasSize(1);
        assertThat(actions).filteredOn(a -> a.status() == ActionStatus.DROPPED).hasSize(1);
        assertThat(actions).filteredOn(a -> a.status() == ActionStatus.DONE).hasSize(4);
    }

    @Test
    void aSecondLoadMakesASecondTeamInsteadOfFailing() {
        new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
        Team second = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));

        assertThat(second.name()).isEqualTo(SampleData.TEAM_NAME + " 2");
        assertThat(store.teams()).hasSize(2);
    }

    /** Votes are keyed as the store documents them: by level value, or by option id for a litmus question. */
    @Test
    void votesAreKeyedByLevelValueOrOptionIdForAnyRubric() throws Exception {
        Rubric testScore = new RubricCatalog(new RubricLoader(), folder).load().find("ml-test-score").orElseThrow().rubric();

        Team defaultTeam = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
        Team testScoreTeam = new SampleData(store).load(testScore, LocalDate.of(2026, 11, 15));

        for (Team team : List.of(defaultTeam, testScoreTeam)) {
            Assessment newest = store.assessments(team.id()).get(0);
            Rubric taken = store.rubricOf(newest.id());
            store.responses(newest.id()).values().forEach(response -> {
                Item item = taken.item(response.itemId()).orElseThrow();
                List<String> keys = item.kind() == ItemKind.PRACTICE
                        ? item.levels().stream().map(l -> ItemResponse.voteKey(l.value())).toList()
                        : item.options().stream().map(AnswerOption::id).toList();
                assertThat(keys).as(item.id()).containsAll(response.votes().keySet());
                boolean applies = !(response.answer().orElseThrow() instanceof Answer.NotApplicable);
                assertThat(response.voteCount()).as(item.id()).isBetween(applies ? 5 : 0, applies ? 6 : 0);
            });
        }
        assertThat(store.responses(store.assessments(testScoreTeam.id()).get(0).id())).hasSize(testScore.items().size());
    }

    private double debtOf(Assessment assessment) {
        Map<String, Answer> answers = new HashMap<>();
        store.responses(assessment.id()).forEach((id, r) -> r.answer().ifPresent(a -> answers.put(id, a)));
        return new ScoreCalculator().score(store.rubricOf(assessment.id()), answers).debtIndex().orElseThrow();
    }
}
