package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.debtmeter.core.storage.DatabaseRefusals.assertRefusedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Debtmeter opens only its own files, and never writes to a damaged one (issue 17). */
class OwnFilesTest {

    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    private interface Open {
        AssessmentStore open(Path file) throws Exception;
    }

    private static final List<Open> EVERY_OPEN = List.of(SqliteAssessmentStore::open,
            SqliteAssessmentStore::openForReading, SqliteAssessmentStore::openReadOnly);

    /** Refused by every way of opening, with the message, and the file byte for byte as it was, nothing beside it. */
    private void assertRefusedByEveryOpen(Path file, DatabaseProblem problem, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        for (Open open : EVERY_OPEN) {
            assertRefusedAs(problem, () -> open.open(file).close())
                    .hasMessage(message);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
            assertThat(file.resolveSibling(file.getFileName() + "-shm")).doesNotExist();
            assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
        }
    }

    /** Leaves a file at this path as another program (or a person) would have. */
    private interface FileMaker {
        void make(Path file) throws Exception;
    }

    /** Files that are not Debtmeter's: how each is made, the problem, and the message after the file's path. */
    static Stream<Arguments> filesNotOurs() {
        return Stream.of(
                arguments(named("another program's database with its own application id", (FileMaker) file ->
                                DatabaseFiles.execute(file, "PRAGMA application_id = 1234", "PRAGMA user_version = 7")),
                        DatabaseProblem.NOT_DEBTMETER, " is a SQLite database of another program (application_id 1234,"
                                + " 0 tables, 0 Debtmeter tables, no Debtmeter schema history); Debtmeter will not change it."
                                + " Choose another file."),
                arguments(named("a database holding only a view", (FileMaker) file ->
                                DatabaseFiles.execute(file, "CREATE VIEW answer AS SELECT 42 AS value")),
                        DatabaseProblem.NOT_DEBTMETER, " is a SQLite database of another program (application_id 0,"
                                + " 0 tables, 1 view, 0 Debtmeter tables, no Debtmeter schema history); Debtmeter will not"
                                + " change it. Choose another file."),
                arguments(named("a Debtmeter lookalike with another application id", (FileMaker) file -> {
                            SqliteAssessmentStore.open(file).close();
                            DatabaseFiles.execute(file, "PRAGMA application_id = 99");
                        }),
                        DatabaseProblem.NOT_DEBTMETER, " is a SQLite database of another program (application_id 99,"
                                + " 10 tables, 10 Debtmeter tables); Debtmeter will not change it. Choose another file."),
                arguments(named("a zero-byte file", (FileMaker) Files::createFile),
                        DatabaseProblem.EMPTY_FILE, " is an empty file (0 bytes), not a Debtmeter database; Debtmeter will"
                                + " not change it. Delete it, or choose another file."),
                arguments(named("a text file", (FileMaker) file -> Files.writeString(file, "shopping list\n")),
                        DatabaseProblem.NOT_SQLITE, " is not a Debtmeter database (not an SQLite file); Debtmeter will not"
                                + " change it. Choose another file."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesNotOurs")
    void aFileThatIsNotOursIsRefused(FileMaker maker, DatabaseProblem problem, String messageAfterThePath) throws Exception {
        Path file = folder.resolve("not-ours.db");
        maker.make(file);

        assertRefusedByEveryOpen(file, problem, file.toAbsolutePath() + messageAfterThePath);
    }

    @Test
    void aMissingFileIsNotCreatedByReading() {
        Path file = folder.resolve("typo.db");

        for (Open open : List.of(EVERY_OPEN.get(1), EVERY_OPEN.get(2))) {
            assertRefusedAs(DatabaseProblem.MISSING, () -> open.open(file).close());
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void aNewFileIsStampedFromTheStart() throws Exception {
        Path file = folder.resolve("new.db");
        SqliteAssessmentStore.open(file).close();

        assertThat(DatabaseDump.single(file, "PRAGMA application_id")).isEqualTo(String.valueOf(SchemaState.OURS));
        assertThat(SchemaState.OURS).isEqualTo(ByteOrderOf.ascii("DbtM"));
    }

    @Test
    void anOlderUnstampedDebtmeterFileIsRefusedReadOnlyAndUpgradedWithABackupWhenOpenedToRead() throws Exception {
        Path file = OlderDatabaseFiles.schemaFourWithOneTeam(folder.resolve("old.db"));
        byte[] before = Files.readAllBytes(file);

        // Schema 6 changed a table this version reads: --read-only cannot read it as it is, and says so.
        assertThatThrownBy(() -> SqliteAssessmentStore.openReadOnly(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseProblem.OLDER_VERSION);
                    assertThat(e.getMessage()).contains("written by an older version of Debtmeter (schema 4,"
                            + " this version reads 9)", "Open it once without read-only to upgrade it");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        try (AssessmentStore reading = SqliteAssessmentStore.openForReading(file)) {
            assertThat(reading.teams()).extracting(Team::name).containsExactly("Search");
        }
        assertThat(DatabaseDump.single(file, "PRAGMA application_id")).isEqualTo(String.valueOf(SchemaState.OURS));
        assertThat(DatabaseDump.single(file, "SELECT group_concat(version) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo("1,2,3,4,5,6,7,8,9");
        assertThat(new DatabaseBackups(Clock.systemUTC()).backupsOf(file)).hasSize(1);
        try (AssessmentStore viewing = SqliteAssessmentStore.openReadOnly(file)) {
            assertThat(viewing.teams()).extracting(Team::name).containsExactly("Search");
        }
    }

    /** A sample database made by the store, with a backup beside it, checkpointed into the main file. */
    private Path sampleWithBackup(String name) throws Exception {
        Path file = folder.resolve(name);
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            new SampleData(store).load(TestRubrics.defaultRubric(), LocalDate.of(2026, 11, 15));
        }
        DatabaseFiles.backUp(file, "test");
        assertThat(file.resolveSibling(name + "-wal")).doesNotExist();
        return file;
    }

    /** What {@code dd if=/dev/urandom of=FILE bs=1 count=4096 seek=...} does: one page of noise. */
    static void damagePage(Path file, int page) throws Exception {
        byte[] content = Files.readAllBytes(file);
        byte[] noise = new byte[PAGE];
        new Random(page).nextBytes(noise);
        System.arraycopy(noise, 0, content, (page - 1) * PAGE, PAGE);
        Files.write(file, content);
    }

    @ParameterizedTest(name = "damage on page {0}")
    @ValueSource(ints = {3, -2})
    void aDamagedFileIsNeverWrittenAndTheMessageNamesTheDamageAndTheNewestBackup(int page) throws Exception {
        Path file = sampleWithBackup("sample.db");
        int pages = (int) (Files.size(file) / PAGE);
        assertThat(pages).isGreaterThan(10);
        damagePage(file, page > 0 ? page : pages + page);
        byte[] damaged = Files.readAllBytes(file);
        Path backup = new DatabaseBackups(Clock.systemUTC()).backupsOf(file).get(0);

        Throwable refused = catchWrite(file);

        assertThat(refused).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath() + " is damaged: SQLite")
                .hasMessageContaining("Debtmeter will not write to it; nothing was changed.")
                .hasMessageContaining("The newest backup is " + backup);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    /** Opens for writing and writes; whichever fails first (the open or the write) is returned. */
    private static Throwable catchWrite(Path file) {
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            store.createTeam("Written into damage");
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    @Test
    void damageMetDuringUseStopsAllLaterWrites() throws Exception {
        Path file = sampleWithBackup("sample.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            // Sound at open: the check passes. Then another program damages a page under it.
            assertThat(store.damage()).isEmpty();
            int pages = (int) (Files.size(file) / PAGE);
            for (int page = 3; page < pages; page++) {
                damagePage(file, page);
            }
            assertThatThrownBy(() -> store.assessments(store.teams().get(0).id()).forEach(a -> store.responses(a.id())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is damaged");
            byte[] damaged = Files.readAllBytes(file);

            assertThatThrownBy(() -> store.createTeam("After the damage"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Could not create the team: " + file.toAbsolutePath() + " is damaged: ");
            assertThat(store.damage()).isPresent();
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        }
    }

    @Test
    void aReaderIsNotStoppedByAnotherProgramsUncommittedWrite() throws Exception {
        Path file = folder.resolve("shared.db");
        DatabaseFiles.withTeam(file, "Committed");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO team (id, name, name_key, created_at, updated_at)"
                    + " VALUES ('00000000-0000-0000-0000-000000000001', 'Uncommitted', 'uncommitted',"
                    + " '2026-12-07T00:00:00.000Z', '2026-12-07T00:00:00.000Z')");
            long started = System.nanoTime();

            try (AssessmentStore reading = SqliteAssessmentStore.openForReading(file)) {
                assertThat(reading.teams()).extracting(Team::name).containsExactly("Committed");
                assertThat(reading.damage()).isEmpty();
            }
            try (AssessmentStore viewing = SqliteAssessmentStore.openReadOnly(file)) {
                assertThat(viewing.teams()).extracting(Team::name).containsExactly("Committed");
            }

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void readOnlyWritesNothingAndLeavesNothingBeside() throws Exception {
        Path file = folder.resolve("viewed.db");
        DatabaseFiles.withTeam(file, "Search");
        byte[] before = Files.readAllBytes(file);

        try (AssessmentStore store = SqliteAssessmentStore.openReadOnly(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.teams()).hasSize(1);
            assertThat(store.damage()).isEmpty();
            assertThatThrownBy(() -> store.createTeam("No")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("was opened read-only");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("viewed.db-wal")).doesNotExist();
        assertThat(folder.resolve("viewed.db-shm")).doesNotExist();
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheDamagedFileAside() throws Exception {
        Path file = sampleWithBackup("sample.db");
        damagePage(file, 3);
        byte[] damaged = Files.readAllBytes(file);
        Path backup = new DatabaseBackups(Clock.systemUTC()).backupsOf(file).get(0);

        DatabaseRestore.Restored done = new DatabaseRestore(Clock.systemUTC()).restore(file, backup);

        assertThat(done.keptAside()).isPresent();
        assertThat(done.keptAside().get().getFileName().toString()).startsWith("sample.db.damaged-");
        assertThat(Files.readAllBytes(done.keptAside().get())).isEqualTo(damaged);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(backup));
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            assertThat(store.teams()).extracting(Team::name).containsExactly(SampleData.TEAM_NAME);
            assertThat(store.damage()).isEmpty();
        }
    }

    @Test
    void restoreRefusesABackupThatIsNotADebtmeterDatabase() throws Exception {
        Path file = sampleWithBackup("sample.db");
        byte[] before = Files.readAllBytes(file);
        Path notes = Files.writeString(folder.resolve("notes.db"), "SQLite format 3\0 but no database", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DatabaseRestore(Clock.systemUTC()).restore(file, notes))
                .isInstanceOf(DatabaseOpenException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /** The stamp spelled out: the four ASCII bytes of "DbtM", big-endian as SQLite stores the header. */
    private static final class ByteOrderOf {
        static int ascii(String four) {
            byte[] b = four.getBytes(StandardCharsets.US_ASCII);
            return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        }
    }
}
