package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.exchange.ExchangeFixture;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A "don't know" answer (schema 6) is stored, cached in the score summary, exported and imported as it was. */
class DontKnowStorageTest {

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(ExchangeFixture.START);

    private Assessment assessmentWithDontKnow(AssessmentStore store) {
        Team team = store.createTeam("Search");
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                LocalDate.parse("2026-06-30"), "2026-Q2", List.of("Aiko"), Optional.empty()));
        store.saveResponse(assessment.id(), new ItemResponse("p1", Optional.of(new Answer.DontKnow()), "ask data eng",
                List.of(), Map.of(), false));
        store.saveResponse(assessment.id(), TestRubrics.level("p2", 1));
        return assessment;
    }

    @Test
    void isStoredAndReadBackAndCountedApartInTheCachedSummary() {
        Path file = folder.resolve("a.db");
        Assessment assessment;
        try (AssessmentStore store = SqliteAssessmentStore.open(file, java.time.Duration.ofSeconds(5), clock)) {
            assessment = assessmentWithDontKnow(store);
            // First read computes and caches the row; p1 = 0, p2 = 1, l1 open: maturity 50 %, debt 50.
            assertThat(store.scoreSummaries(List.of(assessment.id())).get(assessment.id()).coverage().dontKnow()).isEqualTo(1);
        }
        assertThat(DatabaseDump.single(file, "SELECT state FROM response WHERE item_id = 'p1'")).isEqualTo("dontknow");
        assertThat(DatabaseDump.single(file, "SELECT dont_know || ',' || answered || ',' || unanswered FROM score_summary"))
                .isEqualTo("1,1,1");
        try (AssessmentStore store = SqliteAssessmentStore.openReadOnly(file)) {
            ItemResponse p1 = store.responses(assessment.id()).get("p1");
            assertThat(p1.answer()).contains(new Answer.DontKnow());
            assertThat(p1.note()).isEqualTo("ask data eng");
            var summary = store.scoreSummaries(List.of(assessment.id())).get(assessment.id());
            assertThat(summary.debtIndex()).hasValue(50.0);
            assertThat(summary.coverage().dontKnow()).isEqualTo(1);
        }
    }

    @Test
    void travelsThroughAnExchangeFileAsDontKnow() throws Exception {
        byte[] exported;
        Assessment assessment;
        try (AssessmentStore store = SqliteAssessmentStore.open(folder.resolve("a.db"), java.time.Duration.ofSeconds(5), clock)) {
            assessment = assessmentWithDontKnow(store);
            exported = ExchangeFixture.exportDatabase(store);
        }
        assertThat(new String(exported, StandardCharsets.UTF_8)).containsPattern("\"dontKnow\"\\s*:\\s*true");
        try (AssessmentStore target = SqliteAssessmentStore.open(folder.resolve("b.db"), java.time.Duration.ofSeconds(5), clock)) {
            ExchangeImporter importer = new ExchangeImporter(target);
            importer.apply(importer.plan(new ExchangeReader().read("a.json", new java.io.ByteArrayInputStream(exported))));
            assertThat(target.responses(assessment.id()).get("p1").answer()).contains(new Answer.DontKnow());
        }
    }

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
        assertThat(DatabaseDump.single(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'response'"))
                .isEqualTo("3");
        assertThat(DatabaseDump.single(file, "PRAGMA foreign_key_check")).as("no dangling rows").isNull();
    }
}
