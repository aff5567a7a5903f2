package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TranslatedRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A rubric's translations travel with its snapshot: stored, exported, imported elsewhere, still there. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ExchangeTranslatedRubricTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    @Test
    void anExportAndImportKeepTheTranslationsOfTheRubricAnAssessmentWasTakenWith() throws Exception {
        Rubric rubric = TestRubrics.parse(TranslatedRubrics.json());
        byte[] export;
        Assessment taken;
        try (AssessmentStore source = TestDatabase.create(dialect, folder, "a.db").open(new TestClock(ExchangeFixture.START))) {
            Team team = source.createTeam("Tokyo search");
            taken = source.createAssessment(new NewAssessment(team.id(), rubric, LocalDate.parse("2026-09-30"), "2026-Q3",
                    List.of("Aiko"), Optional.empty()));
            assertThat(source.rubricOf(taken.id())).isEqualTo(rubric);
            export = ExchangeFixture.exportDatabase(source);
        }
        // The snapshot is embedded as a string; it holds the Japanese text, and the exchange schema accepts it.
        JsonNode content = new ObjectMapper().readTree(
                new ObjectMapper().readTree(export).get("rubrics").get(0).get("content").asText());
        assertThat(content.get("translations").get("ja").get("title").asText()).isEqualTo("二つの言語");

        try (AssessmentStore target = TestDatabase.create(dialect, folder, "b.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(target);
            importer.apply(importer.plan(ExchangeFixture.read(export)));

            Rubric imported = target.rubricOf(taken.id());
            assertThat(imported).isEqualTo(rubric);
            assertThat(imported.languages()).containsExactly("ja");
            assertThat(imported.localized("ja").item("rollback").orElseThrow().question()).isEqualTo("ロールバックできますか。");
            assertThat(new String(ExchangeFixture.exportDatabase(target), StandardCharsets.UTF_8))
                    .isEqualTo(new String(export, StandardCharsets.UTF_8));
        }
    }
}
