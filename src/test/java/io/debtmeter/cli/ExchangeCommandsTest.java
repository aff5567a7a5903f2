package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeFixture;
import io.debtmeter.core.storage.DatabaseDump;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} and {@code score}, run in-process as the launcher runs them, against temp databases. */
class ExchangeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path exportFile;
    private Path database;

    @BeforeEach
    void anExportOfTheFixture() throws IOException {
        exportFile = Files.write(folder.resolve("everything.json"), ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        database = folder.resolve("team.db");
    }

    private Run run(String... args) {
        return CliRuns.withUserRubrics(folder.resolve("no-user-rubrics")).noStackTraces().run(args);
    }

    @Test
    void aDryRunShowsThePlanAndWritesNothing() {
        SqliteAssessmentStore.open(database).close();   // an empty database of the current schema
        String before = DatabaseDump.of(database);
        Run run = run("import", "--db", database.toString(), "--dry-run", "--list", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("database export of 2026-11-26T10:00:00Z by Debtmeter test")
                .contains("teams:       2 to add, 0 to update, 0 unchanged, 0 conflicts")
                .contains("assessments: 3 to add")
                .contains("  + team Search ranking")
                .contains("  + assessment Search ranking · 2026-Q2")
                .contains("  + action Search ranking · action “Add a data test”")
                .contains("Dry run: nothing was written to");
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }

    @Test
    void byDefaultAnImportPrintsTheCountsOnlyAndListNamesEachRecord() {
        Run counts = run("import", "--db", database.toString(), "--dry-run", exportFile.toString());
        assertThat(counts.exitCode()).isEqualTo(ExitCode.OK);
        // The fixture: 2 teams, 3 assessments (Search ranking Q2 and Q3, Fraud detection Q3), 2 actions.
        assertThat(counts.out().lines()).containsExactly(
                exportFile + ": database export of 2026-11-26T10:00:00Z by Debtmeter test",
                "  teams:       2 to add, 0 to update, 0 unchanged, 0 conflicts",
                "  assessments: 3 to add, 0 to update, 0 unchanged, 0 conflicts",
                "  actions:     2 to add, 0 to update, 0 unchanged, 0 conflicts",
                "(--list names each record to add or update and each conflict.)",
                "Dry run: nothing was written to " + database + ".");

        Run listed = run("import", "--db", database.toString(), "--dry-run", "--list", exportFile.toString());
        // The heading and counts, "Add:", the seven records, the closing line.
        assertThat(listed.out().lines()).hasSize(4 + 1 + 7 + 1)
                .contains("Add:", "  + team Search ranking", "  + team Fraud detection");
        assertThat(listed.out().lines().filter(line -> line.startsWith("  + "))).hasSize(7);
    }

    @Test
    void aDryRunAsJsonHasTheCountsAndEveryRecord() throws Exception {
        Run run = run("import", "--db", database.toString(), "--dry-run", "--json", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("applied").asBoolean()).isFalse();
        assertThat(plan.at("/counts/teams/add").asInt()).isEqualTo(2);
        assertThat(plan.at("/counts/assessments/add").asInt()).isEqualTo(3);
        assertThat(plan.at("/counts/actions/add").asInt()).isEqualTo(2);
        assertThat(plan.at("/counts/actions/unchanged").asInt()).isZero();
        assertThat(plan.get("entries")).hasSize(7);
        assertThat(database).doesNotExist();
    }

    @Test
    void progressGoesToStandardErrorOnlyWhenATerminalWatches() {
        CliRuns runs = CliRuns.withUserRubrics(folder.resolve("no-user-rubrics")).noStackTraces();
        Run quiet = runs.run("import", "--db", database.toString(), exportFile.toString());
        assertThat(quiet.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(quiet.err()).isEmpty();
        Run quietExport = runs.run("export", "--db", database.toString(), "--all", "--format", "json",
                "--out", folder.resolve("quiet.json").toString());
        assertThat(quietExport.err()).isEmpty();

        Path other = folder.resolve("other.db");
        Run shown = runs.inATerminal().run("import", "--db", other.toString(), exportFile.toString());
        assertThat(shown.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(shown.err()).contains("\rChecking everything.json 100%, ").contains("\rImporting everything.json 100%, ")
                .contains(" records/s");
        assertThat(shown.out()).doesNotContain("\r").contains("Imported into " + other);
        Run shownExport = runs.inATerminal().run("export", "--db", other.toString(), "--all", "--format", "json",
                "--out", folder.resolve("shown.json").toString());
        assertThat(shownExport.err()).contains("\rExporting 100%, ");
        assertThat(shownExport.out()).doesNotContain("\r");
    }

    @Test
    void aDryRunIntoAFileThatDoesNotExistCreatesNothing() {
        Path missing = database.resolveSibling("not-yet.db");

        Run run = run("import", "--db", missing.toString(), "--dry-run", exportFile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("teams:       2 to add").contains("Dry run: nothing was written to " + missing);
        assertThat(missing).doesNotExist();
        assertThat(missing.resolveSibling("backups")).doesNotExist();
    }

    @Test
    void importingTwiceChangesNothingTheSecondTime() {
        Run first = run("import", "--db", database.toString(), exportFile.toString());
        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("Imported into " + database);
        String after = DatabaseDump.of(database);
        Run second = run("import", "--db", database.toString(), exportFile.toString());
        assertThat(second.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).contains("teams:       0 to add, 0 to update, 2 unchanged, 0 conflicts")
                .contains("Nothing to import: " + database + " already has everything in the file.");
        assertThat(DatabaseDump.of(database)).isEqualTo(after);
    }

    @Test
    void jsonOutputCountsEveryOutcome() throws Exception {
        Run run = run("import", "--db", database.toString(), "--json", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("applied").asBoolean()).isTrue();
        assertThat(plan.get("conflicts").asInt()).isZero();
        assertThat(plan.at("/counts/assessments/add").asInt()).isEqualTo(3);
        assertThat(plan.at("/counts/actions/add").asInt()).isEqualTo(2);
        assertThat(plan.get("entries")).hasSize(7);
        assertThat(plan.at("/entries/0/kind").asText()).isEqualTo("team");
    }

    @Test
    void conflictsAreListedAndTheRestIsImportedWithExitCodeZero() throws Exception {
        run("import", "--db", database.toString(), exportFile.toString());
        // Change Q3 here after the file was written: the file's copy is now older.
        try (AssessmentStore here = ExchangeFixture.open(database, new TestClock(ExchangeFixture.START.plus(Duration.ofDays(30))))) {
            UUIDs q3 = new UUIDs(here);
            here.saveResponse(q3.q3(), new ItemResponse("p2", Optional.of(new Answer.Level(1)), "", List.of(), Map.of(), false));
        }
        String before = DatabaseDump.of(database);
        Run run = run("import", "--db", database.toString(), "--list", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Conflicts (left as they are):")
                .contains("  ! assessment Search ranking · 2026-Q3: changed here 2026-07-30 09:00:00 UTC");
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }

    @Test
    void anInvalidFileExitsTwoNamesThePlaceAndWritesNothing() throws Exception {
        SqliteAssessmentStore.open(database).close();
        String before = DatabaseDump.of(database);
        Path bad = Files.writeString(folder.resolve("bad.json"),
                Files.readString(exportFile).replace("\"formatVersion\": 1", "\"formatVersion\": 7"));
        Run run = run("import", "--db", database.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(bad + ":3:20: /formatVersion: the file has formatVersion 7; this Debtmeter reads version 1")
                .contains("debtmeter: " + bad + ": 1 problem; nothing was imported");
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }

    @Test
    void aMissingFileExitsThree() {
        Run run = run("import", "--db", database.toString(), folder.resolve("nowhere.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains("nowhere.json: no such file");
    }

    @Test
    void scoreReadsTheFileAloneWithoutAnyDatabase() {
        Run run = run("score", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        // By hand, tiny rubric (items scored level / 1, one category, weighted mean; bands Good 0-50, Bad 50-100):
        // Q2: p1 0.5, p2 n/a, l1 "yes" = 1 -> maturity (0.5 + 1) / 2 = 75 % -> debt 25.0, Good.
        // Q3: p1 1, p2 open, l1 "yes" (carried) = 1 -> maturity 100 % -> debt 0.0, Good, partial.
        // Fraud (tiny 2.0): p3 0, p1 and l1 open -> maturity 0 % -> debt 100.0, Bad (100 belongs to the top band).
        assertThat(run.out()).contains("Search ranking   2026-Q2  30 Jun 2026        25.0  Good   2 answered, 1 n/a, 0 open")
                .contains("Search ranking   2026-Q3  30 Sep 2026         0.0  Good   2 answered, 0 n/a, 1 open (partial)")
                .contains("Fraud detection           15 Sep 2026       100.0  Bad    1 answered, 0 n/a, 2 open (partial)");
        assertThat(Files.exists(folder.resolve("debtmeter.db"))).isFalse();
    }

    @Test
    void scoreAsJson() throws Exception {
        Run run = run("score", "--json", exportFile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows).hasSize(3);
        JsonNode q2 = null;
        for (JsonNode row : rows) {
            if (row.get("period").asText().equals("2026-Q2")) {
                q2 = row;
            }
        }
        assertThat(q2).isNotNull();
        assertThat(q2.get("debtIndex").asDouble()).isEqualTo(25.0);   // as computed by hand above
        assertThat(q2.get("grade").asText()).isEqualTo("Good");
        assertThat(q2.at("/coverage/notApplicable").asInt()).isEqualTo(1);
        assertThat(q2.get("partial").asBoolean()).isFalse();
    }

    @Test
    void scoreRefusesAnInvalidFile() throws IOException {
        Path truncated = Files.writeString(folder.resolve("cut.json"), Files.readString(exportFile).substring(0, 400));
        Run run = run("score", truncated.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("not valid JSON: the file ends").contains("(is the file cut short?)")
                .contains("nothing was scored");
    }

    @Test
    void importRefusesALoneSurrogateWithItsPlaceAndWritesNothing() throws IOException {
        SqliteAssessmentStore.open(database).close();
        String before = DatabaseDump.of(database);
        String text = Files.readString(exportFile);
        assertThat(text).contains("\"Search ranking\"");
        Path bad = Files.writeString(folder.resolve("surrogate.json"), text.replace("\"Search ranking\"", "\"Search \\ud800\""));

        Run run = run("import", "--db", database.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: /teams/\\d+/name: "
                        + java.util.regex.Pattern.quote("the text holds \\ud800 at character 8: half of a UTF-16 surrogate pair"))
                .contains("nothing was imported");
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }

    @Test
    void helpExplainsExitCodesWithExamples() {
        Run importHelp = run("import", "--help");
        assertThat(importHelp.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(importHelp.out()).contains("--dry-run").contains("Exit codes: 0 imported (conflicts")
                .contains("debtmeter import --dry-run search-ranking.json");
        Run scoreHelp = run("score", "--help");
        assertThat(scoreHelp.out()).contains("without opening any database").contains("debtmeter score search-ranking.json");
    }

    /** The fixture's Q3, found by its period. */
    private record UUIDs(java.util.UUID q3) {
        UUIDs(AssessmentStore store) {
            this(store.teams().stream().filter(t -> t.name().equals("Search ranking")).findFirst()
                    .map(t -> store.assessments(t.id()).stream().filter(a -> a.period().equals("2026-Q3")).findFirst()
                            .orElseThrow().id()).orElseThrow());
        }
    }
}
