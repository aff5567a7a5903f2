package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static io.debtmeter.core.storage.DatabaseRefusals.assertRefusedAs;
import static io.debtmeter.core.storage.DatabaseRefusals.refusalToOpen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a file: what is migrated, what is refused, and that refused files are left untouched. */
class DatabaseOpeningTest {

    private static final List<String> TABLES = List.of("action_import_fingerprint", "action_item", "assessment", "flyway_schema_history",
            "import_fingerprint", "response", "rubric_snapshot", "score_summary", "target", "team");

    @TempDir
    Path folder;

    /**
     * A file already at this build's schema is opened without starting Flyway (a second of a cold
     * start). Flyway would refuse this file, whose history has a checksum no script has; that it opens
     * shows Flyway was not run, and nothing in the file changed.
     */
    @Test
    void aFileAtTheCurrentSchemaOpensWithoutRunningFlyway() throws Exception {
        Path file = folder.resolve("current.db");
        DatabaseFiles.withTeam(file, "Ranking");
        assertThat(DatabaseFiles.update(file, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'")).isEqualTo(1);
        String before = DatabaseDump.of(file);

        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            assertThat(store.teams()).extracting(Team::name).containsExactly("Ranking");
        }
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
    }

    @Test
    void aMissingFileInMissingFoldersIsCreatedAndMigrated() throws Exception {
        Path file = folder.resolve("a/b/debtmeter.db");

        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            assertThat(store.location()).isEqualTo(file.toAbsolutePath());
            assertThat(store.isReadOnly()).isFalse();
            assertThat(store.teams()).isEmpty();
        }

        assertMigratedToTheLatestVersion(file);
    }

    @Test
    void anEmptyFileIsRefusedNotTakenAsNew() throws Exception {
        Path file = Files.createFile(folder.resolve("debtmeter.db"));

        assertRefusedAs(DatabaseProblem.EMPTY_FILE, () -> SqliteAssessmentStore.open(file))
                .hasMessage(file.toAbsolutePath() + " is an empty file (0 bytes), not a Debtmeter database;"
                        + " Debtmeter will not change it. Delete it, or choose another file.");

        assertThat(Files.size(file)).isZero();
        assertThat(folder.resolve("debtmeter.db-wal")).doesNotExist();
    }

    @Test
    void reopeningAMigratedFileMigratesNothingAndBacksNothingUp() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        SqliteAssessmentStore.open(file).close();
        String history = DatabaseDump.single(file, "SELECT group_concat(version || ':' || installed_on) FROM flyway_schema_history");

        SqliteAssessmentStore.open(file).close();

        assertThat(DatabaseDump.single(file, "SELECT group_concat(version || ':' || installed_on) FROM flyway_schema_history"))
                .isEqualTo(history);
        assertThat(DatabaseBackups.folderOf(file)).doesNotExist();
    }

    private static void assertMigratedToTheLatestVersion(Path file) {
        assertThat(DatabaseDump.single(file,
                "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)"))
                .isEqualTo(String.join(",", TABLES));
        assertThat(DatabaseDump.single(file, "SELECT group_concat(version) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo("1,2,3,4,5,6,7,8,9");
        assertThat(DatabaseDump.single(file, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void openingPrintsNothing() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            SqliteAssessmentStore.open(folder.resolve("quiet.db")).close();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileOfANewerVersionIsRefusedAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("newer.db");
        Team team = newerVersionFile(file);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NEWER_VERSION);
        assertThat(refused.file()).isEqualTo(file.toAbsolutePath());
        assertThat(refused).hasMessage(file.toAbsolutePath() + " was written by a newer version of Debtmeter"
                + " (schema 999, this version knows 9). Open it read-only or choose another file.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(folder.resolve("newer.db-wal")).doesNotExist();
        assertThat(folder.resolve("newer.db-shm")).doesNotExist();
        assertThat(DatabaseBackups.folderOf(file)).doesNotExist();

        try (AssessmentStore readOnly = SqliteAssessmentStore.openReadOnly(file)) {
            assertThat(readOnly.isReadOnly()).isTrue();
            assertThat(readOnly.teams()).containsExactly(team);
            assertThatThrownBy(() -> readOnly.createTeam("Other"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
            assertThatThrownBy(() -> readOnly.deleteTeam(team.id()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("opened read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    /** The check reads through a file: URI; spaces, '#', '%' and non-ASCII names must survive the encoding. */
    @Test
    void aNewerFileInAFolderWithAnAwkwardNameIsStillRecognised() throws Exception {
        Path file = Files.createDirectories(folder.resolve("our data #1 100% 日本")).resolve("équipe.db");
        Team team = newerVersionFile(file);
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NEWER_VERSION);
        assertThat(refused.offersReadOnly()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (AssessmentStore readOnly = SqliteAssessmentStore.openReadOnly(file)) {
            assertThat(readOnly.teams()).containsExactly(team);
        }
    }

    static Team newerVersionFile(Path file) throws Exception {
        return DatabaseFiles.newerVersionFile(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "6e6f74657320666f722074686520726574726f0a",            // "notes for the retro\n"
            "89504e470d0a1a0a0000000d49484452",                    // a PNG header
            "53514c69746520666f726d6174",                          // "SQLite format", cut short
            "53514c69746520666f726d61742033"                       // "SQLite format 3" without its \0
    })
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone(String hex) throws Exception {
        Path file = folder.resolve("not-a-database.db");
        byte[] content = HexFormat.of().parseHex(hex);
        Files.write(file, content);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NOT_SQLITE);
        assertThat(refused).hasMessageStartingWith(file.toAbsolutePath() + " is not a Debtmeter database (not an SQLite file)");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.list(folder)).containsExactly(file);
        assertThatThrownBy(() -> SqliteAssessmentStore.openReadOnly(file))
                .isInstanceOf(DatabaseOpenException.class).hasMessageContaining("not an SQLite file");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("photos.db");
        DatabaseFiles.execute(file, "CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)",
                "INSERT INTO photo (path) VALUES ('holiday.jpg')");
        byte[] before = Files.readAllBytes(file);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NOT_DEBTMETER);
        assertThat(refused).hasMessageContaining("photos.db is a SQLite database of another program (application_id 0,"
                + " 1 table, 0 Debtmeter tables, no Debtmeter schema history); Debtmeter will not change it.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileWithTheSqliteHeaderAndNothingSqliteCanReadIsDamaged() throws Exception {
        Path file = DatabaseFiles.damaged(folder.resolve("damaged.db"));
        byte[] content = Files.readAllBytes(file);

        DatabaseOpenException refused = refusalToOpen(file);

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.DAMAGED);
        assertThat(refused).hasMessageStartingWith(file.toAbsolutePath() + " is damaged: SQLite reports ");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void aFolderInPlaceOfTheFileIsUnreadable() throws Exception {
        Path file = Files.createDirectory(folder.resolve("debtmeter.db"));

        assertRefusedAs(DatabaseProblem.UNREADABLE, () -> SqliteAssessmentStore.open(file))
                .hasMessageContaining("it is a folder, not a file");
    }

    /** A regular file where a folder should be: creating the folder fails for root as for anyone. */
    @Test
    void aFolderThatCannotBeCreatedIsAReadOnlyLocation() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");

        DatabaseOpenException refused = refusalToOpen(notAFolder.resolve("sub/debtmeter.db"));

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.READ_ONLY_LOCATION);
        assertThat(refused).hasMessageContaining("cannot be created").hasMessageContaining("Choose another location");
        assertThat(refused.offersReadOnly()).as("there is no file to view").isFalse();
    }

    @Test
    void aReadOnlyFolderIsAReadOnlyLocation() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Unwritable.whileUnwritable(locked, () -> {
            DatabaseOpenException refused = refusalToOpen(locked.resolve("debtmeter.db"));

            assertThat(refused.problem()).isEqualTo(DatabaseProblem.READ_ONLY_LOCATION);
            assertThat(refused).hasMessageContaining("the folder " + locked.toAbsolutePath() + " is read-only")
                    .hasMessageContaining("Choose another location");
            assertThat(locked.resolve("debtmeter.db")).doesNotExist();
        });
    }

    @Test
    void aReadOnlyFileIsAReadOnlyLocationAndCanStillBeViewed() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        DatabaseFiles.withTeam(file, "Search");
        byte[] before = Files.readAllBytes(file);
        Unwritable.whileUnwritable(file, () -> {
            DatabaseOpenException refused = refusalToOpen(file);

            assertThat(refused.problem()).isEqualTo(DatabaseProblem.READ_ONLY_LOCATION);
            assertThat(refused.offersReadOnly()).isTrue();
            assertThat(refused).hasMessageContaining("the file is read-only");
            assertThat(DatabaseFiles.teamNamesReadOnly(file)).containsExactly("Search");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        });
    }

    @Test
    void aFileInAReadOnlyFolderCanStillBeViewed() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path file = locked.resolve("debtmeter.db");
        DatabaseFiles.withTeam(file, "Search");
        Unwritable.whileUnwritable(locked,
                () -> assertThat(DatabaseFiles.teamNamesReadOnly(file)).containsExactly("Search"));
    }

    @Test
    void openingReadOnlyAFileThatDoesNotExistCreatesNothing() {
        Path file = folder.resolve("missing.db");

        assertRefusedAs(DatabaseProblem.MISSING, () -> SqliteAssessmentStore.openReadOnly(file))
                .hasMessage("There is no database at " + file.toAbsolutePath() + "; nothing was created.");
        assertThat(file).doesNotExist();
    }

    @Test
    void newerVersionIsAlsoRefusedWhileItsWriterIsStillRunning() throws Exception {
        Path file = folder.resolve("newer.db");
        newerVersionFile(file);
        // The newer app has the file open: its -wal exists, so the check reads through the log.
        try (Connection running = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = running.createStatement()) {
            statement.executeUpdate("CREATE TABLE future_table (x)");
            byte[] before = Files.readAllBytes(file);

            assertRefusedAs(DatabaseProblem.NEWER_VERSION, () -> SqliteAssessmentStore.open(file));
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void flywayItselfRefusesAMigrationItDoesNotKnow() throws Exception {
        // A version below ours that we never shipped: the pre-check lets it pass, Flyway must not.
        Path file = folder.resolve("odd.db");
        SqliteAssessmentStore.open(file).close();
        DatabaseFiles.execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '0.5', 'unknown', 'SQL', 'V0_5__unknown.sql', 0, 'test', 0, 1)");

        assertRefusedAs(DatabaseProblem.UNREADABLE, () -> SqliteAssessmentStore.open(file))
                .hasMessageContaining("not resolved locally: 0.5")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("red-gate");
    }

    @Test
    void everyProblemNamesTheFile() {
        for (DatabaseProblem problem : DatabaseProblem.values()) {
            assertThat(problem.describe(Path.of("/data/x.db"), "detail")).contains("/data/x.db");
        }
        assertThat(Optional.of(DatabaseProblem.IN_USE.describe("f.db", "")))
                .contains("f.db is in use by another program (another Debtmeter window?). Close it, then try again.");
    }
}
