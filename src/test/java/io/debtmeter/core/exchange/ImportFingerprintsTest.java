package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import remembers the fingerprint of each record it stored an assessment from (decision 0036),
 * an import of the same record finds it unchanged without reading its answers, and every change to
 * the assessment, through the app or another program, makes the next import compare it in full.
 * Run on every store: each has the triggers of its own schema.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ImportFingerprintsTest {

    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private ExchangeFixture.Ids ids;
    private String exported;
    private Path file;
    private TestDatabase here;
    private TestClock hereClock;
    private ImportedExport imported;

    @BeforeEach
    void anExportImportedIntoAnEmptyDatabase() throws Exception {
        imported = ImportedExport.of(dialect, folder);
        ids = imported.ids();
        exported = imported.exported();
        file = imported.file();
        here = imported.here();
        hereClock = imported.hereClock();
    }

    @Test
    void eachAssessmentIsRememberedByTheSha256OfItsRecordAsWrittenInTheFile() throws Exception {
        for (UUID id : List.of(ids.q2().id(), ids.q3().id(), ids.fraudQ3().id())) {
            byte[] record = recordOf(exported, id).getBytes(StandardCharsets.UTF_8);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("debtmeter-exchange 1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(fingerprintOf(id)).as("assessment %s", id).isEqualTo(HexFormat.of().formatHex(sha.digest(record)));
        }
        assertThat(here.single("SELECT COUNT(*) FROM import_fingerprint")).isEqualTo("3");
    }

    @Test
    void theSameFileAgainIsFoundUnchangedAndWritesNothing() throws Exception {
        String before = here.dump();
        try (AssessmentStore store = here.open(hereClock)) {
            ExchangeImporter importer = new ExchangeImporter(store);
            ImportPlan plan = importer.plan(file, TransferProgress.NONE);
            assertThat(plan.changesSomething()).isFalse();
            assertThat(plan.with(PlanEntry.Outcome.UNCHANGED)).extracting(PlanEntry::name).contains(
                    "Search ranking · 2026-Q2", "Search ranking · 2026-Q3", "Fraud detection · 2026-09-15");
            importer.apply(plan);
        }
        assertThat(here.dump()).isEqualTo(before);
    }

    @Test
    void whatAFingerprintVouchesForIsNotReadAgain() throws Exception {
        // Another program changes an answer, then puts the fingerprint back as it was: only a test
        // would. The import trusts the fingerprint and does not compare the answers it vouches for.
        String remembered = fingerprintOf(ids.q3().id());
        here.execute("UPDATE response SET note = 'changed behind the app' WHERE assessment_id = '" + ids.q3().id()
                + "' AND item_id = 'p1'");
        assertThat(fingerprintOf(ids.q3().id())).isNull();
        here.execute("INSERT INTO import_fingerprint (assessment_id, sha256) VALUES ('" + ids.q3().id() + "', '"
                + remembered + "')");
        assertThat(outcomeOf("Search ranking · 2026-Q3")).isEqualTo(PlanEntry.Outcome.UNCHANGED);
    }

    @Test
    void everyChangeThroughTheAppForgetsTheFingerprintOfThatAssessmentOnly() throws Exception {
        try (AssessmentStore store = here.open(hereClock)) {
            store.saveResponse(ids.q3().id(), new ItemResponse("p1", Optional.of(new Answer.Level(0.5)), "now automated",
                    List.of(), Map.of(), false));
            assertThat(fingerprintOf(ids.q3().id())).as("after an answer").isNull();
            assertThat(fingerprintOf(ids.q2().id())).as("another assessment").isNotNull();
            store.setCategoryTarget(ids.q2().id(), "c1", OptionalDouble.of(70));
            assertThat(fingerprintOf(ids.q2().id())).as("after a target").isNull();
            store.updateDetails(ids.fraudQ3().id(), LocalDate.parse("2026-09-16"), "", List.of());
            assertThat(fingerprintOf(ids.fraudQ3().id())).as("after its details").isNull();
        }
        // Changed here a day after the file's copies: each is compared in full, and conflicts.
        assertThat(outcomeOf("Search ranking · 2026-Q3")).isEqualTo(PlanEntry.Outcome.CONFLICT);
        assertThat(outcomeOf("Search ranking · 2026-Q2")).isEqualTo(PlanEntry.Outcome.CONFLICT);
    }

    @Test
    void changesByAnotherProgramForgetTheFingerprintToo() throws Exception {
        here.execute("DELETE FROM target WHERE assessment_id = '" + ids.q2().id() + "'");
        assertThat(fingerprintOf(ids.q2().id())).isNull();
        here.execute("DELETE FROM response WHERE assessment_id = '" + ids.fraudQ3().id() + "'");
        assertThat(fingerprintOf(ids.fraudQ3().id())).isNull();
        here.execute("UPDATE assessment SET period = 'Q3 (moved)' WHERE id = '" + ids.q3().id() + "'");
        assertThat(fingerprintOf(ids.q3().id())).isNull();
        assertThat(here.single("SELECT COUNT(*) FROM import_fingerprint")).isEqualTo("0");
    }

    @Test
    void aRecordChangedByHandWithItsTimesKeptIsComparedInFull() throws Exception {
        // The note differs, the changed time does not: compared in full, it is a conflict, as it was
        // before fingerprints; a fingerprint match would have called it unchanged.
        assertThat(exported).containsOnlyOnce("\"now automated\"");
        Files.writeString(file, exported.replace("\"now automated\"", "\"now automated!\""));
        assertThat(outcomeOf("Search ranking · 2026-Q3")).isEqualTo(PlanEntry.Outcome.CONFLICT);
        assertThat(outcomeOf("Search ranking · 2026-Q2")).isEqualTo(PlanEntry.Outcome.UNCHANGED);
    }

    @Test
    void theSameRecordsLaidOutOtherwiseAreComparedInFullAndFoundUnchanged() throws Exception {
        // Two-space indents become tabs: every fingerprint differs, nothing else does.
        Files.writeString(file, exported.replace("\n  ", "\n\t"));
        assertThat(outcomeOf("Search ranking · 2026-Q2")).isEqualTo(PlanEntry.Outcome.UNCHANGED);
        assertThat(outcomeOf("Search ranking · 2026-Q3")).isEqualTo(PlanEntry.Outcome.UNCHANGED);
        assertThat(outcomeOf("Fraud detection · 2026-09-15")).isEqualTo(PlanEntry.Outcome.UNCHANGED);
    }

    private PlanEntry.Outcome outcomeOf(String name) throws Exception {
        return imported.outcomeOf(name);
    }

    private String fingerprintOf(UUID assessmentId) {
        return here.single("SELECT sha256 FROM import_fingerprint WHERE assessment_id = '" + assessmentId + "'");
    }

    private static String recordOf(String file, UUID id) {
        return ImportedExport.recordOf(file, id);
    }
}
