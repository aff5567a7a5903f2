package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.export.ExportFixture;
import io.debtmeter.core.export.WithExportFixture;
import io.debtmeter.core.export.ReadOnlyFolder;
import io.debtmeter.core.export.Rfc4180Reader;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Assessment;
import org.junit.jupiter.api.BeforeEach;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code teams}, {@code assessments}, {@code export} and {@code compare}, run in-process as the launcher
 * runs them, on the database of {@link ExportFixture} (whose values are worked out by hand there).
 */
class ExportCommandsTest extends WithExportFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String db;

    @BeforeEach
    void database() {
        db = fixture.file().toString();
    }

    private Run run(String... args) {
        return CliRuns.withUserRubrics(folder.resolve("user-rubrics")).defaultDatabase(folder.resolve("no-default.db")).noStackTraces().run(args);
    }

    /** A text table's rows as cells (columns are two or more spaces apart). */
    private static List<List<String>> cells(String table) {
        return table.lines().map(line -> List.of(line.split(" {2,}"))).toList();
    }

    private static String shortId(Object id) {
        return id.toString().substring(0, 8);
    }

    /** Every row of every table, read through its own connection: "nothing changed" made checkable. */
    private static String dump(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        StringBuilder dump = new StringBuilder();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        dump.append(table).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            dump.append(rows.getString(i)).append('|');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    // --- teams ---------------------------------------------------------------------------------

    @Test
    void teamsListsEveryTeamWithItsLatestResult() {
        Run run = run("teams", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Latest of "Search ranking" is 2026-Q2: only p1 scored (Yes) → debt 0.0, Good. "Fraud" has none.
        assertThat(cells(run.out())).containsExactly(
                List.of("NAME", "ID", "ASSESSMENTS", "LATEST", "DEBT", "GRADE"),
                List.of("Fraud", shortId(fixture.emptyTeam().id()), "0", "\u2014", "\u2014", "\u2014"),
                List.of("Search ranking", shortId(fixture.team().id()), "2", "2026-Q2", "0.0", "Good"));
    }

    @Test
    void teamsAsJsonHasFullIds() throws IOException {
        Run run = run("--db", db, "teams", "--json");

        JsonNode teams = JSON.readTree(run.out());
        assertThat(teams).hasSize(2);
        assertThat(teams.get(0).get("name").asText()).isEqualTo("Fraud");
        assertThat(teams.get(0).get("latest").isNull()).isTrue();
        JsonNode search = teams.get(1);
        assertThat(search.get("id").asText()).isEqualTo(fixture.team().id().toString());
        assertThat(search.get("assessments").asInt()).isEqualTo(2);
        assertThat(search.get("latest").get("id").asText()).isEqualTo(fixture.q2().id().toString());
        assertThat(search.get("latest").get("debtIndex").asDouble()).isEqualTo(0.0);
        assertThat(search.get("latest").get("grade").asText()).isEqualTo("Good");
    }

    @Test
    void withoutDbAndWithoutADefaultDatabaseItSaysSoAndCreatesNothing() {
        Run run = run("teams");

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).startsWith("debtmeter: no database at " + folder.resolve("no-default.db").toAbsolutePath());
        assertThat(folder.resolve("no-default.db")).doesNotExist();
    }

    // --- assessments ---------------------------------------------------------------------------

    @Test
    void assessmentsOfATeamByNameInAnyCaseNewestFirst() {
        Run run = run("assessments", "--db", db, "--team", "SEARCH ranking");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Q1: 100 × 0.5 / 3 = 16.67 % maturity → debt 83.3, Bad. Q2: debt 0.0, Good, one item open.
        assertThat(cells(run.out())).containsExactly(
                List.of("ID", "TEAM", "DATE", "PERIOD", "RUBRIC", "STATUS", "DEBT", "GRADE"),
                List.of(shortId(fixture.q2().id()), "Search ranking", "10 Jun 2026", "2026-Q2", "tiny 1.0", "draft, partial",
                        "0.0", "Good"),
                List.of(shortId(fixture.q1().id()), "Search ranking", "10 Mar 2026", "2026-Q1", "tiny 1.0", "final",
                        "83.3", "Bad"));
    }

    @Test
    void assessmentsAsJsonByTeamIdPrefix() throws IOException {
        Run run = run("assessments", "--db", db, "--team", shortId(fixture.team().id()), "--json");

        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows).hasSize(2);
        JsonNode q1 = rows.get(1);
        assertThat(q1.get("id").asText()).isEqualTo(fixture.q1().id().toString());
        assertThat(q1.get("shortId").asText()).isEqualTo(shortId(fixture.q1().id()));
        assertThat(q1.get("team").asText()).isEqualTo("Search ranking");
        assertThat(q1.get("status").asText()).isEqualTo("final");
        assertThat(q1.get("partial").asBoolean()).isFalse();
        assertThat(q1.get("debtIndex").asDouble()).isEqualTo(83.3);
        assertThat(q1.get("grade").asText()).isEqualTo("Bad");
        assertThat(rows.get(0).get("partial").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTeamIsInvalidInput() {
        Run run = run("assessments", "--db", db, "--team", "nobody");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("debtmeter: no team matches 'nobody'; see 'debtmeter teams'" + System.lineSeparator());
    }

    @Test
    void theStartOfATeamsNameIsEnoughWhenOnlyOneTeamStartsSo() {
        Run run = run("assessments", "--db", db, "--team", "SEARCH");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Search ranking").doesNotContain("Fraud");
    }

    // --- ids -------------------------------------------------------------------------------------

    @Test
    void anAmbiguousPrefixListsTheCandidates() {
        // 17 assessments more: with 16 hex digits, at least two ids share their first character.
        List<Assessment> all = new ArrayList<>(List.of(fixture.q1(), fixture.q2()));
        try (AssessmentStore store = SqliteAssessmentStore.open(fixture.file())) {
            for (int i = 0; i < 17; i++) {
                all.add(store.createAssessment(new NewAssessment(fixture.emptyTeam().id(), ExportFixture.rubric(),
                        LocalDate.of(2025, 1, 1).plusDays(i), "P" + i, List.of(), Optional.empty())));
            }
        }
        Map<Character, List<Assessment>> byFirst = all.stream().collect(Collectors.groupingBy(a -> a.id().toString().charAt(0)));
        Map.Entry<Character, List<Assessment>> shared = byFirst.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2).findFirst().orElseThrow();

        Run run = run("compare", "--db", db, String.valueOf(shared.getKey()), fixture.q1().id().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("debtmeter: '" + shared.getKey() + "' matches " + shared.getValue().size()
                + " assessments; give more characters of the id:");
        shared.getValue().stream().limit(10).forEach(a -> assertThat(run.err()).contains("  " + a.id() + "  "));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownAssessmentIsInvalidInput() {
        Run run = run("export", "--db", db, "--assessment", "ffffffff-0", "--format", "md", "--out",
                folder.resolve("x.md").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("no assessment matches 'ffffffff-0'");
        assertThat(folder.resolve("x.md")).doesNotExist();
    }

    // --- export ----------------------------------------------------------------------------------

    @Test
    void exportWritesMarkdownAndSaysWhatItWrote() throws IOException {
        Path out = folder.resolve("scorecard.md");

        Run run = run("export", "--db", db, "--assessment", shortId(fixture.q1().id()), "--format", "md", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote Markdown of assessment " + shortId(fixture.q1().id())
                + " (Search ranking, 2026-Q1) to " + out.toAbsolutePath() + " (" + String.format("%,d", Files.size(out))
                + " bytes)." + System.lineSeparator());
        assertThat(Files.readString(out)).startsWith("# Scorecard: Search ranking, 2026-Q1\n")
                .contains("| Debt index | **83.3** (0 = no debt, 100 = all debt) |");
    }

    @Test
    void overwritingIsRefusedWithoutForceAndDoneWithIt() throws IOException {
        Path out = folder.resolve("report.md");
        run("export", "--db", db, "--assessment", fixture.q1().id().toString(), "--format", "md", "--out", out.toString());
        byte[] first = Files.readAllBytes(out);

        Run refused = run("export", "--db", db, "--assessment", fixture.q2().id().toString(), "--format", "md", "--out",
                out.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(refused.err()).isEqualTo("debtmeter: " + out.toAbsolutePath() + " already exists; add --force to replace it"
                + System.lineSeparator());
        assertThat(Files.readAllBytes(out)).isEqualTo(first);

        Run forced = run("export", "--db", db, "--assessment", fixture.q2().id().toString(), "--format", "md", "--out",
                out.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).startsWith("# Scorecard: Search ranking, 2026-Q2\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void anUnwritableFolderIsAnIoErrorNamingIt() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path out = locked.resolve("scores.csv");
        ReadOnlyFolder.make(locked);
        Run run;
        try {
            run = run("export", "--db", db, "--all", "--format", "csv", "--out", out.toString());
        } finally {
            ReadOnlyFolder.restore(locked);
        }

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).isEqualTo("debtmeter: cannot write " + out.toAbsolutePath() + ": the folder "
                + locked.toAbsolutePath() + " is read-only or not yours" + System.lineSeparator());
        try (var files = Files.list(locked)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theDatabaseItselfIsNeverOverwritten() throws Exception {
        String before = dump(fixture.file());

        Run run = run("export", "--db", db, "--all", "--format", "csv", "--out", db, "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("is the database itself");
        assertThat(dump(fixture.file())).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsAnIoError() {
        Path out = folder.resolve("missing").resolve("scores.csv");

        Run run = run("export", "--db", db, "--all", "--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains("the folder " + folder.resolve("missing").toAbsolutePath() + " does not exist");
    }

    @Test
    void actionsCsvOfEverythingParsesBack() throws IOException {
        Path out = folder.resolve("actions.csv");

        Run run = run("export", "--db", db, "--all", "--format", "CSV", "--csv", "actions", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote actions CSV of every team (2 teams) to " + out.toAbsolutePath());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        List<List<String>> rows = Rfc4180Reader.parse(text.substring(1));
        // Open first; "+notify the team" starts with "+" and is neutralised.
        assertThat(rows).extracting(row -> row.get(3)).containsExactly("text", "'" + ExportFixture.ACTION_OPEN,
                ExportFixture.ACTION_DONE);
    }

    @Test
    void pdfOfATeamIsItsTrendReportOnLetterPaper() throws IOException {
        Path out = folder.resolve("card.pdf");

        Run run = run("export", "--db", db, "--team", "search ranking", "--format", "pdf", "--page", "letter",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // US Letter is 8.5 x 11 in = 612 x 792 pt.
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Search ranking").contains("Page 1 of");
        }
    }

    @Test
    void jsonOfEveryTeamImportsIntoAnEmptyDatabaseAndExportsTheSameAgain() throws IOException {
        Path first = folder.resolve("everything.json");
        Path copy = folder.resolve("copy.db");
        Path second = folder.resolve("again.json");

        Run exported = run("export", "--db", db, "--all", "--format", "json", "--out", first.toString());
        Run imported = run("import", "--db", copy.toString(), first.toString());
        Run again = run("export", "--db", copy.toString(), "--all", "--format", "json", "--out", second.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        // Everything but the moment of export is the same document.
        assertThat(withoutExportTime(Files.readString(second))).isEqualTo(withoutExportTime(Files.readString(first)));
        assertThat(Files.readString(first)).contains("\"format\"").contains("debtmeter-exchange");
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    @Test
    void aPdfOfEveryTeamIsRefusedAsInvalidInput() {
        Path out = folder.resolve("all.pdf");

        Run run = run("export", "--db", db, "--all", "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("A PDF covers one assessment, one team or a comparison");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "export --format md --out x.md",
        "export --all --team x --format md --out x.md",
        "export --all --format md",
        "export --all --format doc --out x.doc",
        "export --all --format csv --page letter --out x.csv",
        "export --all --format md --csv actions --out x.md",
        "compare onlyone",
        "compare a b --format yaml",
        "teams --frobnicate"})
    void wrongCommandLinesAreUsageErrors(String commandLine) {
        List<String> args = new ArrayList<>(List.of(commandLine.split(" ")));
        args.addAll(List.of("--db", db));

        Run run = run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isNotBlank();
    }

    @Test
    void exportsChangeNothingInTheDatabase() throws Exception {
        String before = dump(fixture.file());

        run("export", "--db", db, "--all", "--format", "csv", "--out", folder.resolve("a.csv").toString());
        run("export", "--db", db, "--team", "fraud", "--format", "md", "--out", folder.resolve("b.md").toString());
        run("export", "--db", db, "--all", "--format", "md", "--out", folder.resolve("b.md").toString());
        run("compare", "--db", db, fixture.q1().id().toString(), fixture.q2().id().toString(), "--format", "json");

        assertThat(dump(fixture.file())).isEqualTo(before);
    }

    @Test
    void theNextExportRemovesWhatAKilledExportLeftInTheFolder() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        Path out = Files.createDirectory(folder.resolve("out"));
        // The temporary file of "export --out out/out.json" when the process was killed halfway.
        Path leftover = Files.write(out.resolve(".out.json.5550422153226451723.part"), new byte[256 * 1024]);
        Files.setPosixFilePermissions(leftover, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(5))));
        Path someoneElses = Files.writeString(out.resolve("video.mp4.part"), "downloading");

        Run run = run("export", "--db", db, "--all", "--format", "json", "--out", out.resolve("out.json").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(leftover).doesNotExist();
        assertThat(someoneElses).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("out.json", "video.mp4.part");
        }
    }

    // --- compare ---------------------------------------------------------------------------------

    @Test
    void compareAsText() {
        Run run = run("compare", "--db", db, shortId(fixture.q1().id()), shortId(fixture.q2().id()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 83.3 → 0.0; the category 16.7 → 100.0; p1 0 → 1 on a 3-level scale is 2 steps.
        assertThat(run.out()).contains("Debt index: 83.3 -> 0.0  \u25BC -83.3 improved\n")
                .contains("  +2  P1 (One): 0 No -> 1 Yes\n")
                .contains("      before: " + ExportFixture.NOTE_HYPERLINK + "\n")
                .contains("\u25BC Improved items (1):\n").contains("\u25B2 Regressed items (0)\n")
                .contains("0 unchanged, 2 not comparable, 0 only before, 0 only after.")
                .contains("  1 May 2026  done  " + ExportFixture.ACTION_DONE + "  [P1]");
        assertThat(cells(run.out()).stream().filter(row -> row.get(0).equals("One")).findFirst().orElseThrow())
                .containsExactly("One", "16.7", "100.0", "+83.3 (\u25BC improved)");
    }

    @Test
    void compareAsJson() throws IOException {
        Run run = run("compare", "--db", db, fixture.q1().id().toString(), fixture.q2().id().toString(), "--format", "json");

        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("before").get("id").asText()).isEqualTo(fixture.q1().id().toString());
        assertThat(json.get("before").get("grade").asText()).isEqualTo("Bad");
        assertThat(json.get("debtIndex").get("before").asDouble()).isEqualTo(83.3);
        assertThat(json.get("debtIndex").get("after").asDouble()).isEqualTo(0.0);
        assertThat(json.get("debtIndex").get("delta").asDouble()).isEqualTo(-83.3);
        assertThat(json.get("debtIndex").get("change").asText()).isEqualTo("improved");
        assertThat(json.get("categories").get(0).get("before").asDouble()).isEqualTo(16.7);
        Map<String, JsonNode> items = new java.util.HashMap<>();
        json.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        assertThat(items.get("p1").get("levelDelta").asDouble()).isEqualTo(2.0);
        assertThat(items.get("p2").get("after").get("state").asText()).isEqualTo("not-applicable");
        assertThat(items.get("p2").get("levelDelta").isNull()).isTrue();
        assertThat(items.get("l1").get("change").asText()).isEqualTo("not-comparable");
        assertThat(json.get("closedActions").get(0).get("closedOn").asText()).isEqualTo("2026-05-01");
    }

    @Test
    void compareAsMarkdown() {
        Run run = run("compare", "--db", db, fixture.q1().id().toString(), fixture.q2().id().toString(), "--format", "md");

        assertThat(run.out()).startsWith("# Comparison: Search ranking 2026-Q1 \u2192 Search ranking 2026-Q2\n")
                .contains("| Debt index | 83.3 | 0.0 | \u25BC -83.3 improved |");
    }

    // --- help ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"teams", "assessments", "export", "compare"})
    void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
        Run run = run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Examples:", "Exit codes:", "debtmeter " + command);
    }

    @Test
    void topLevelHelpListsTheNewCommands() {
        Run run = run("--help");

        assertThat(run.out()).contains("teams", "assessments", "export", "compare", "debtmeter compare 3f2a 7b01");
    }
}
