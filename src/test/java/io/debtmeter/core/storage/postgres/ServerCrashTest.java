package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreUnreachableException;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server crashes ({@code pg_ctl stop -m immediate}) in the middle of a burst of saves and comes
 * back: every save the store acknowledged is there, the saves while it was away failed with a message
 * that says so and changed nothing, and the same store saves again once the server is back, without
 * being reopened. On a server of the test's own, so that no other test sees the crash.
 */
class ServerCrashTest {

    private final TestPostgres.Server server = TestPostgres.ownServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private record Save(UUID assessmentId, ItemResponse response) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesACrashAndTheStoreReconnects() throws Exception {
        TestPostgres.Database database = server.newDatabase();
        PostgresLocation where = PostgresDatabases.location(database);
        List<Save> acknowledged = new ArrayList<>();
        List<StoreUnreachableException> refused = new ArrayList<>();
        int acknowledgedAfterRestart = 0;
        try (AssessmentStore store = PostgresAssessmentStore.open(where)) {
            Team team = store.createTeam("Search");
            List<Assessment> assessments = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                assessments.add(store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                        LocalDate.of(2026, 1, 1).plusDays(i), "", List.of(), Optional.empty())));
            }
            boolean crashed = false;
            boolean restarted = false;
            for (int i = 0; i < 60; i++) {
                if (i == 20) {
                    server.crash();
                    crashed = true;
                }
                if (i == 30) {
                    server.restart();
                    restarted = true;
                }
                Save save = new Save(assessments.get(i / 2).id(), ItemResponse.open(i % 2 == 0 ? "p1" : "p2")
                        .withAnswer(new Answer.Level(i % 3 * 0.5)).withNote("save " + i));
                try {
                    store.saveResponse(save.assessmentId(), save.response());
                    acknowledged.add(save);
                    if (restarted) {
                        acknowledgedAfterRestart++;
                    }
                } catch (StoreUnreachableException e) {
                    assertThat(crashed).as("refused only while the server is away (save %d)", i).isTrue();
                    assertThat(restarted).as("save %d", i).isFalse();
                    refused.add(e);
                }
            }
        }

        assertThat(acknowledged).hasSize(50);
        assertThat(refused).hasSize(10);
        assertThat(acknowledgedAfterRestart).isEqualTo(30);
        assertThat(refused.getFirst().getMessage())
                .startsWith("Could not save the answer: PostgreSQL database " + database.name() + " at 127.0.0.1, port "
                        + database.port() + " cannot be reached: the server or the network is down (")
                .contains("Nothing was changed");
        try (AssessmentStore reopened = PostgresAssessmentStore.open(where)) {
            for (Save save : acknowledged) {
                Map<String, ItemResponse> stored = reopened.responses(save.assessmentId());
                assertThat(stored).containsEntry(save.response().itemId(), save.response());
            }
            int answers = 0;
            for (Assessment assessment : reopened.assessments(reopened.teams().getFirst().id())) {
                answers += reopened.responses(assessment.id()).size();
            }
            assertThat(answers).as("nothing but the acknowledged saves").isEqualTo(50);
        }
    }
}
