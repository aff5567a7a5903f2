package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.exchange.ExchangeFixture;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's migration to schema 6 (a rebuilt response table) keeps every answer and its triggers. */
class DontKnowMigrationTest {

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(ExchangeFixture.START);

    @Test
    void theMigrationToSchemaSixKeepsEveryAnswerAndAcceptsDontKnow() throws Exception {
        Path file = OlderDatabaseFiles.schemaFourWithOneTeam(folder.resolve("old.db"));
        String before = DatabaseDump.of(file);
        assertThat(before).contains("Search");
        try (AssessmentStore store = SqliteAssessmentStore.open(file, java.time.Duration.ofSeconds(5), clock)) {
            Team team = store.teams().get(0);
            Assessment assessment = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                    LocalDate.parse("2026-06-30"), "2026-Q2", List.of(), Optional.empty()));
            store.saveResponse(assessment.id(), new ItemResponse("l1", Optional.of(new Answer.DontKnow()), "", List.of(), Map.of(), false));
            assertThat(store.responses(assessment.id()).get("l1").answer()).contains(new Answer.DontKnow());
        }
        // The three triggers keep the score cache honest after the rebuild: a changed answer drops the row.
        assertThat(DatabaseDump.single(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'response'"
                + " AND name LIKE 'score_summary%'"))
                .isEqualTo("3");
        assertThat(DatabaseDump.single(file, "PRAGMA foreign_key_check")).as("no dangling rows").isNull();
    }
}
