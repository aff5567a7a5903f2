package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.DatabaseBackups;
import io.debtmeter.core.storage.DatabaseFiles;
import io.debtmeter.core.storage.OtherProgram;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 on the command line: every command refuses files that are not Debtmeter's, nothing writes
 * to a damaged file, a writing command is all or nothing, and reading is not stopped by a writer.
 */
class OwnFileCommandsTest {

    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    private CliRuns cli;

    @BeforeEach
    void userRubricsFolder() throws IOException {
        cli = CliRuns.withNewUserRubricsFolder(folder).defaultDatabase(folder.resolve("default/debtmeter.db")).noStackTraces();
    }

    private Run run(String... args) {
        return cli.run(args);
    }

    private static int count(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The sample database of the window, made by the CLI, and an exchange file of it to import. */
    private Path sample(String name) {
        Path db = folder.resolve(name);
        assertThat(run("sample", "--db", db.toString(), "--until", "2026-11-15").exitCode()).isZero();
        return db;
    }

    private Path exchangeFileOf(Path db) {
        Path json = folder.resolve(db.getFileName() + ".json");
        Run export = run("--db", db.toString(), "export", "--all", "--format", "json", "--out", json.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return json;
    }

    private static List<String> besides(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(file.getFileName() + "-")).toList();
        }
    }

    /** Each command, run on the file: all refuse with the message, and the file is as it was. */
    private void assertEveryCommandRefuses(Path file, String message) throws Exception {
        Path exchange = exchangeFileOf(sample("source.db"));
        byte[] before = Files.readAllBytes(file);
        String db = file.toString();
        List<String[]> commands = List.of(
                new String[] {"teams", "--db", db},
                new String[] {"--read-only", "teams", "--db", db},
                new String[] {"assessments", "--db", db},
                new String[] {"export", "--all", "--format", "json", "--db", db, "--out", folder.resolve("x.json").toString()},
                new String[] {"import", "--db", db, exchange.toString()},
                new String[] {"import", "--dry-run", "--db", db, exchange.toString()},
                new String[] {"sample", "--append", "--db", db},
                new String[] {"sample", "--teams", "2", "--append", "--db", db});
        for (String[] command : commands) {
            Run refused = run(command);
            assertThat(refused.exitCode()).as(Arrays.toString(command) + refused.err()).isEqualTo(ExitCode.IO_ERROR);
            assertThat(refused.err()).as(Arrays.toString(command)).isEqualTo("debtmeter: " + message + System.lineSeparator());
            assertThat(Files.readAllBytes(file)).as(Arrays.toString(command)).isEqualTo(before);
            assertThat(besides(file)).as(Arrays.toString(command)).isEmpty();
        }
        assertThat(folder.resolve("x.json")).doesNotExist();
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedByEveryCommand() throws Exception {
        Path other = folder.resolve("other.db");
        DatabaseFiles.execute(other, "PRAGMA application_id = 1234", "PRAGMA user_version = 7");

        assertEveryCommandRefuses(other, other.toAbsolutePath() + " is a SQLite database of another program"
                + " (application_id 1234, 0 tables, 0 Debtmeter tables, no Debtmeter schema history);"
                + " Debtmeter will not change it. Choose another file.");
    }

    @Test
    void aViewOnlyDatabaseIsRefusedByEveryCommand() throws Exception {
        Path view = folder.resolve("view.db");
        DatabaseFiles.execute(view, "CREATE VIEW v AS SELECT 1");

        assertEveryCommandRefuses(view, view.toAbsolutePath() + " is a SQLite database of another program"
                + " (application_id 0, 0 tables, 1 view, 0 Debtmeter tables, no Debtmeter schema history);"
                + " Debtmeter will not change it. Choose another file.");
    }

    @Test
    void aZeroByteFileIsRefusedByEveryCommand() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));

        assertEveryCommandRefuses(empty, empty.toAbsolutePath() + " is an empty file (0 bytes), not a Debtmeter"
                + " database; Debtmeter will not change it. Delete it, or choose another file.");
    }

    @Test
    void aTextFileIsRefusedByEveryCommand() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.db"), "not a database\n");

        assertEveryCommandRefuses(text, text.toAbsolutePath() + " is not a Debtmeter database (not an SQLite file);"
                + " Debtmeter will not change it. Choose another file.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"teams", "assessments", "export"})
    void aReadingCommandDoesNotCreateAMissingDatabase(String command) {
        Path missing = folder.resolve("typo.db");
        String[] args = command.equals("export")
                ? new String[] {"export", "--all", "--format", "json", "--db", missing.toString(), "--out", "x.json"}
                : new String[] {command, "--db", missing.toString()};

        Run run = run(args);

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains("no database at " + missing.toAbsolutePath()).contains("Nothing was created.");
        assertThat(missing).doesNotExist();
    }

    /** A sample database with a backup, then one page overwritten with noise, as with dd. */
    private Path damagedSample(int page) throws Exception {
        Path db = sample("c1.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            new DatabaseBackups(Clock.systemUTC()).backUp(connection, db, "test");
        }
        int pages = (int) (Files.size(db) / PAGE);
        byte[] content = Files.readAllBytes(db);
        byte[] noise = new byte[PAGE];
        new Random(page).nextBytes(noise);
        System.arraycopy(noise, 0, content, ((page > 0 ? page : pages + page) - 1) * PAGE, PAGE);
        Files.write(db, content);
        return db;
    }

    @ParameterizedTest(name = "damage on page {0}")
    @ValueSource(ints = {3, -2})
    void aDamagedDatabaseIsWrittenByNoCommandAndTheMessageNamesTheBackup(int page) throws Exception {
        Path exchange = exchangeFileOf(sample("small.db"));
        Path db = damagedSample(page);
        byte[] damaged = Files.readAllBytes(db);
        Path backup = new DatabaseBackups(Clock.systemUTC()).backupsOf(db).get(0);

        for (String[] command : List.of(
                new String[] {"teams", "--db", db.toString()},
                new String[] {"import", "--db", db.toString(), exchange.toString()},
                new String[] {"sample", "--append", "--db", db.toString()})) {
            Run refused = run(command);

            assertThat(refused.exitCode()).as(Arrays.toString(command)).isEqualTo(ExitCode.IO_ERROR);
            assertThat(refused.err()).as(Arrays.toString(command))
                    .contains(db.toAbsolutePath() + " is damaged: SQLite")
                    .contains("Debtmeter will not write to it; nothing was changed.")
                    .contains("The newest backup is " + backup + ": restore it with 'debtmeter restore --db ");
            assertThat(Files.readAllBytes(db)).as(Arrays.toString(command)).isEqualTo(damaged);
        }
    }

    @Test
    void exportCopiesOutWhatCanStillBeReadFromADamagedDatabase() throws Exception {
        Path db = damagedSample(-2);
        byte[] damaged = Files.readAllBytes(db);
        Path rescued = folder.resolve("rescued.json");

        Run run = run("export", "--all", "--format", "json", "--db", db.toString(), "--out", rescued.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(run.err()).contains(" is damaged: ");
        if (Files.exists(rescued)) {
            assertThat(run.err()).contains("The export " + rescued.toAbsolutePath() + " holds what could be read");
        } else {
            assertThat(run.err()).contains("Could not read");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);
    }

    @Test
    void restorePutsTheNewestBackupInPlaceAndKeepsTheDamagedFile() throws Exception {
        Path db = damagedSample(3);
        byte[] damaged = Files.readAllBytes(db);
        Path backup = new DatabaseBackups(Clock.systemUTC()).backupsOf(db).get(0);

        Run restore = run("restore", "--db", db.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Backups of " + db.toAbsolutePath() + ", newest first:")
                .contains("Restored " + db.toAbsolutePath() + " from " + backup + ".")
                .contains("The file that was there is kept as " + db.toAbsolutePath() + ".damaged-");
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("c1.db.damaged-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        }
        Run teams = run("teams", "--db", db.toString());
        assertThat(teams.exitCode()).as(teams.err()).isZero();
        assertThat(teams.out()).contains("Search ranking (sample)");
    }

    @Test
    void restoreWithoutBackupsChangesNothing() throws Exception {
        Path db = sample("lonely.db");
        byte[] before = Files.readAllBytes(db);

        Run restore = run("restore", "--db", db.toString());

        assertThat(restore.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(restore.err()).contains("there is no backup to restore; nothing was changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /**
     * The full disk, simulated by a trigger that fails the sample's action rows: the story
     * team's team, assessment and answers were written before it. None of it may stay.
     */
    @Test
    void sampleAppendThatFailsHalfwayLeavesNothingBehind() throws Exception {
        Path db = sample("demo.db");
        DatabaseFiles.execute(db, "CREATE TRIGGER disk_full BEFORE INSERT ON action_item BEGIN SELECT RAISE(ABORT, 'disk full simulated'); END");
        int teams = count(db, "team");
        int assessments = count(db, "assessment");
        int responses = count(db, "response");

        Run story = run("sample", "--append", "--db", db.toString(), "--until", "2026-11-15");

        assertThat(story.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(story.err()).isEqualTo("debtmeter: Could not add the sample team: " + db.toAbsolutePath()
                + " could not be read or written (disk full simulated). Nothing was changed." + System.lineSeparator());
        assertThat(List.of(count(db, "team"), count(db, "assessment"), count(db, "response")))
                .containsExactly(teams, assessments, responses);
    }

    /** Generated teams go in 25 to a batch: a failure in the second batch takes the first with it. */
    @Test
    void generatedSampleThatFailsInItsSecondBatchLeavesNothingBehind() throws Exception {
        Path db = sample("demo.db");
        DatabaseFiles.execute(db, "CREATE TRIGGER disk_full BEFORE INSERT ON team WHEN (SELECT count(*) FROM team) > 26"
                + " BEGIN SELECT RAISE(ABORT, 'disk full simulated'); END");
        int teams = count(db, "team");
        int assessments = count(db, "assessment");

        Run generated = run("sample", "--append", "--teams", "30", "--assessments", "1", "--db", db.toString());

        assertThat(generated.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(generated.err()).contains("Could not add the sample teams: ").contains("Nothing was changed.");
        assertThat(List.of(count(db, "team"), count(db, "assessment"))).containsExactly(teams, assessments);
    }

    @Test
    void aReadingCommandIsNotStoppedByAnotherProgramsUncommittedWrite() throws Exception {
        Path db = sample("shared.db");
        try (OtherProgram writer = new OtherProgram(db)) {
            writer.beginWriting("DELETE FROM action_item");
            long started = System.nanoTime();

            Run teams = run("teams", "--db", db.toString());
            Run readOnly = run("--read-only", "assessments", "--db", db.toString());

            assertThat(teams.exitCode()).as(teams.err()).isZero();
            assertThat(teams.out()).contains("Search ranking (sample)");
            assertThat(readOnly.exitCode()).as(readOnly.err()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            writer.execute("ROLLBACK");
        }
    }

    @Test
    void aWritingCommandWaitingOutAnotherProgramsLockSaysBusyWithItsOwnExitCode() throws Exception {
        Path db = sample("shared.db");
        byte[] before = Files.readAllBytes(db);
        try (OtherProgram writer = new OtherProgram(db)) {
            writer.execute("BEGIN IMMEDIATE");

            Run append = run("sample", "--append", "--db", db.toString());

            assertThat(append.exitCode()).isEqualTo(ExitCode.BUSY);
            assertThat(append.err()).contains(db.toAbsolutePath() + " is in use by another program");
            writer.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /** Only an exclusive lock stops a reader in WAL mode: it waits the 5 s, then says busy. */
    @Test
    void aReaderWaitsOutAnExclusiveLockThenSaysBusyWithItsOwnExitCode() throws Exception {
        Path db = sample("locked.db");
        try (OtherProgram writer = new OtherProgram(db)) {
            writer.execute("PRAGMA locking_mode = EXCLUSIVE");
            writer.execute("BEGIN EXCLUSIVE");
            writer.execute("DELETE FROM action_item");

            Run teams = run("teams", "--db", db.toString());

            assertThat(teams.exitCode()).isEqualTo(ExitCode.BUSY);
            assertThat(teams.err()).isEqualTo("debtmeter: busy: another program is writing to " + db.toAbsolutePath()
                    + "; try again." + System.lineSeparator());
            writer.execute("ROLLBACK");
        }
    }

    @Test
    void readingWritesNothingAndLeavesNothingBesideWithOrWithoutReadOnly() throws Exception {
        Path db = sample("viewed.db");
        byte[] before = Files.readAllBytes(db);

        Run plain = run("teams", "--db", db.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(besides(db)).isEmpty();

        Run teams = run("--read-only", "teams", "--db", db.toString());
        Run export = run("--read-only", "export", "--all", "--format", "json", "--db", db.toString(),
                "--out", folder.resolve("viewed.json").toString());

        assertThat(teams.exitCode()).as(teams.err()).isZero();
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(besides(db)).isEmpty();
    }

    @Test
    void readOnlyIsRefusedByCommandsThatWrite() {
        Path db = sample("demo.db");

        Run append = run("--read-only", "sample", "--append", "--db", db.toString());

        assertThat(append.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(append.err()).contains("sample writes to the database, so --read-only does not apply");
    }

    @Test
    void anOldUnstampedDebtmeterFileIsRefusedReadOnlyThenUpgradedByAReadingCommandWithABackup() throws Exception {
        Path db = io.debtmeter.core.storage.OlderDatabaseFiles.schemaFourWithOneTeam(folder.resolve("old.db"));
        byte[] before = Files.readAllBytes(db);

        Run viewing = run("--read-only", "teams", "--db", db.toString());
        assertThat(viewing.exitCode()).isNotZero();
        assertThat(viewing.err()).contains("written by an older version of Debtmeter", "without read-only to upgrade it");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        Run teams = run("teams", "--db", db.toString());
        assertThat(teams.exitCode()).as(teams.err()).isZero();
        assertThat(teams.out()).contains("Search");
        assertThat(new DatabaseBackups(Clock.systemUTC()).backupsOf(db)).hasSize(1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet id = statement.executeQuery("PRAGMA application_id")) {
            id.next();
            assertThat(id.getInt(1)).isEqualTo(0x4462744D);
        }
    }
}
