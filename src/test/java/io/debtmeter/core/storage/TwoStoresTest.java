package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two copies of the app on one database: each sees what the other committed, and writing at once both succeed. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class TwoStoresTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    /** The one database both stores of a test open. */
    private TestDatabase shared;

    @BeforeEach
    void aSharedDatabase() {
        shared = TestDatabase.create(dialect, folder, "shared.db");
    }

    @Test
    void twoStoresWritingInTurnSeeEachOthersCommits() throws Exception {
        try (AssessmentStore first = shared.open();
             AssessmentStore second = shared.open()) {
            Team team = first.createTeam("Search");
            assertThat(second.teams()).containsExactly(team);
            Assessment assessment = tinyAssessment(second, team);

            for (int round = 0; round < 20; round++) {
                AssessmentStore writer = round % 2 == 0 ? first : second;
                AssessmentStore reader = round % 2 == 0 ? second : first;
                ItemResponse response = ItemResponse.open("p1").withAnswer(new Answer.Level(round % 3 * 0.5))
                        .withNote("round " + round);

                writer.saveResponse(assessment.id(), response);

                assertThat(reader.responses(assessment.id())).containsEntry("p1", response);
            }
            second.renameTeam(team.id(), "Search ranking");
            assertThat(first.team(team.id()).orElseThrow().name()).isEqualTo("Search ranking");
        }
    }

    @Test
    void twoStoresWritingAtTheSameTimeBothSucceed() throws Exception {
        try (AssessmentStore first = shared.open();
             AssessmentStore second = shared.open()) {
            Team team = first.createTeam("Search");
            Assessment assessment = tinyAssessment(first, team);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = threads.submit(() -> saveMany(first, assessment, "p1"));
                Future<?> b = threads.submit(() -> saveMany(second, assessment, "p2"));
                a.get();
                b.get();
            } finally {
                threads.shutdownNow();
            }

            assertThat(first.responses(assessment.id()).get("p1").note()).isEqualTo("edit 199");
            assertThat(first.responses(assessment.id()).get("p2").note()).isEqualTo("edit 199");
        }
    }

    /** A draft of the tiny rubric (items p1, p2, l1) for {@code team}. */
    private static Assessment tinyAssessment(AssessmentStore store, Team team) {
        return store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(), LocalDate.of(2026, 11, 26), "2026-Q4",
                List.of(), Optional.empty()));
    }

    private static void saveMany(AssessmentStore store, Assessment assessment, String item) {
        for (int i = 0; i < 200; i++) {
            store.saveResponse(assessment.id(), ItemResponse.open(item).withNote("edit " + i));
            if (i % 10 == 0) {
                store.addAction(assessment.id(), item, "action " + i, "", Optional.empty());
            }
        }
    }
}
