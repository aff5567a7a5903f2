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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A "don't know" answer (schema 6) is stored, cached in the score summary, exported and imported as it was. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class DontKnowStorageTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

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
        TestDatabase db = TestDatabase.create(dialect, folder, "a.db");
        Assessment assessment;
        try (AssessmentStore store = db.open(clock)) {
            assessment = assessmentWithDontKnow(store);
            // First read computes and caches the row; p1 = 0, p2 = 1, l1 open: maturity 50 %, debt 50.
            assertThat(store.scoreSummaries(List.of(assessment.id())).get(assessment.id()).coverage().dontKnow()).isEqualTo(1);
        }
        assertThat(db.single("SELECT state FROM response WHERE item_id = 'p1'")).isEqualTo("dontknow");
        assertThat(db.single("SELECT dont_know || ',' || answered || ',' || unanswered FROM score_summary"))
                .isEqualTo("1,1,1");
        try (AssessmentStore store = db.openReadOnly()) {
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
        try (AssessmentStore store = TestDatabase.create(dialect, folder, "a.db").open(clock)) {
            assessment = assessmentWithDontKnow(store);
            exported = ExchangeFixture.exportDatabase(store);
        }
        assertThat(new String(exported, StandardCharsets.UTF_8)).containsPattern("\"dontKnow\"\\s*:\\s*true");
        try (AssessmentStore target = TestDatabase.create(dialect, folder, "b.db").open(clock)) {
            ExchangeImporter importer = new ExchangeImporter(target);
            importer.apply(importer.plan(new ExchangeReader().read("a.json", new java.io.ByteArrayInputStream(exported))));
            assertThat(target.responses(assessment.id()).get("p1").answer()).contains(new Answer.DontKnow());
        }
    }
}
