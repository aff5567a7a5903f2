package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.core.storage.postgres.PostgresOpenException;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening a PostgreSQL database keeps the SQLite store's promises (decision 0021): a newer
 * Debtmeter's database is refused read-write and left as it is, a schema that is not Debtmeter's is
 * never altered, and PostgreSQL's migrations make the tables and columns SQLite's make.
 */
class PostgresOpeningTest {

    private final TestPostgres.Database database = TestPostgres.newDatabase();
    private final PostgresLocation location = PostgresDatabases.location(database);

    @Test
    void aDatabaseOfANewerDebtmeterIsRefusedReadWriteLeftAsItIsAndReadableReadOnly() throws Exception {
        Team team;
        try (AssessmentStore store = PostgresAssessmentStore.open(location)) {
            team = store.createTeam("From the future");
        }
        PostgresDatabases.execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
        String before = PostgresDatabases.dump(database);

        assertThatThrownBy(() -> PostgresAssessmentStore.open(location))
                .isInstanceOfSatisfying(PostgresOpenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(PostgresOpenException.Problem.NEWER_VERSION);
                    assertThat(e.offersReadOnly()).isTrue();
                })
                .hasMessageContaining("was written by a newer version of Debtmeter (schema 999, this version knows 9)")
                .hasMessageContaining(location.describe());
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);

        try (AssessmentStore viewer = PostgresAssessmentStore.openReadOnly(location)) {
            assertThat(viewer.isReadOnly()).isTrue();
            assertThat(viewer.teams()).containsExactly(team);
            assertThatThrownBy(() -> viewer.createTeam("Another")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
        }
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);
    }

    @Test
    void aSchemaOfAnotherProgramIsNeverAltered() throws Exception {
        PostgresDatabases.execute(database, "CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)",
                "INSERT INTO invoices VALUES (1, 9.5)");
        String before = PostgresDatabases.dump(database);

        assertThatThrownBy(() -> PostgresAssessmentStore.open(location))
                .isInstanceOfSatisfying(PostgresOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(PostgresOpenException.Problem.NOT_DEBTMETER))
                .hasMessageContaining("1 table, no Debtmeter schema history");
        assertThatThrownBy(() -> PostgresAssessmentStore.openReadOnly(location))
                .isInstanceOf(PostgresOpenException.class);
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);
    }

    @Test
    void aReadOnlyOpenOfAnEmptyDatabaseCreatesNothing() {
        assertThatThrownBy(() -> PostgresAssessmentStore.openReadOnly(location))
                .isInstanceOfSatisfying(PostgresOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(PostgresOpenException.Problem.MISSING));
        assertThat(PostgresDatabases.dump(database)).isEmpty();
    }

    @Test
    void aReadOnlySessionCannotWriteEvenPastTheStoresOwnCheck() throws Exception {
        try (AssessmentStore store = PostgresAssessmentStore.open(location)) {
            store.createTeam("Search");
        }
        try (AssessmentStore viewer = PostgresAssessmentStore.openReadOnly(location)) {
            assertThat(viewer.teams()).hasSize(1);
        }
        // The same setting the read-only store makes, on a connection of our own.
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            assertThatThrownBy(() -> statement.execute("DELETE FROM team")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void aRefusedLoginSaysSoWithoutThePassword() {
        PostgresLocation wrong = new PostgresLocation(location.host(), location.port(), location.database(),
                location.user(), "wrong-secret-42".toCharArray(), "disable");

        assertThatThrownBy(() -> PostgresAssessmentStore.open(wrong))
                .isInstanceOfSatisfying(PostgresOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(PostgresOpenException.Problem.UNREACHABLE))
                .hasMessageContaining("could not connect")
                .hasMessageNotContaining("wrong-secret-42");
        assertThat(wrong.toString()).doesNotContain("wrong-secret-42");
    }

    @Test
    void migrationsMakeTheTablesAndColumnsOfSqlites(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("same.db");
        SqliteAssessmentStore.open(file).close();
        PostgresAssessmentStore.open(location).close();

        TreeSet<String> sqlite = columns(DriverManager.getConnection("jdbc:sqlite:" + file),
                "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                        + " WHERE m.type = 'table' AND m.name <> 'flyway_schema_history'");
        TreeSet<String> postgres = columns(database.connect(), "SELECT table_name || '.' || column_name"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name <> 'flyway_schema_history' AND column_name <> 'rowid'");
        assertThat(postgres).isEqualTo(sqlite).hasSizeGreaterThan(50);
        assertThat(PostgresDatabases.single(database, "SELECT string_agg(version, ',' ORDER BY installed_rank)"
                + " FROM flyway_schema_history WHERE success")).isEqualTo("1,2,3,4,5,6,7,8,9");
        assertThat(PostgresDatabases.single(database, "SELECT obj_description(to_regnamespace(current_schema()),"
                + " 'pg_namespace')")).isEqualTo("Debtmeter application_id 1147302989");
    }

    @Test
    void writersTakeTurnsAsOnSqliteAndReadersDoNotWait() throws Exception {
        try (AssessmentStore store = PostgresAssessmentStore.open(location);
             Connection other = database.connect()) {
            Team team = store.createTeam("Search");
            holdTheWriteLock(other);
            java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<Team> rename = thread.submit(() -> store.renameTeam(team.id(), "Ranking"));
                Thread.sleep(300);
                assertThat(rename).as("waits for the other write").isNotDone();
                other.commit();
                assertThat(rename.get(5, java.util.concurrent.TimeUnit.SECONDS).name()).isEqualTo("Ranking");
            } finally {
                thread.shutdownNow();
            }
            holdTheWriteLock(other);
            assertThat(store.teams()).extracting(Team::name).containsExactly("Ranking");
            other.rollback();
        }
    }

    @Test
    void aWriteWaitingLongerThanFiveSecondsFailsChangesNothingAndTheNextOneWorks() throws Exception {
        try (AssessmentStore store = PostgresAssessmentStore.open(location);
             Connection other = database.connect()) {
            Team team = store.createTeam("Search");
            holdTheWriteLock(other);
            String before = PostgresDatabases.dump(database);

            assertThatThrownBy(() -> store.renameTeam(team.id(), "Ranking")).isInstanceOf(StoreBusyException.class)
                    .hasMessage("Could not rename the team: " + location.describe() + " is in use by another program"
                            + " (another Debtmeter window?). Nothing was changed; try again in a moment.");
            assertThat(PostgresDatabases.dump(database)).isEqualTo(before);
            other.rollback();
            assertThat(store.renameTeam(team.id(), "Ranking").name()).isEqualTo("Ranking");
            assertThat(PostgresDatabases.single(database, "SELECT name FROM team")).isEqualTo("Ranking");
        }
    }

    @Test
    void anOlderSchemaIsRefusedReadOnlyAndUpgradedByAReadWriteOpenKeepingItsRows() throws Exception {
        org.flywaydb.core.Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), new String(database.password()))
                .locations("classpath:" + MigrationScripts.POSTGRESQL_LOCATION).target("4").loggers("slf4j")
                .load().migrate();
        PostgresDatabases.execute(database,
                "INSERT INTO team VALUES ('00000000-0000-4000-8000-000000000001', 'Search', 'search',"
                        + " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        String before = PostgresDatabases.dump(database);

        assertThatThrownBy(() -> PostgresAssessmentStore.openReadOnly(location))
                .isInstanceOfSatisfying(PostgresOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(PostgresOpenException.Problem.OLDER_VERSION))
                .hasMessageContaining("(schema 4, this version reads 9)");
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);

        try (AssessmentStore store = PostgresAssessmentStore.open(location)) {
            assertThat(store.teams()).extracting(Team::name).containsExactly("Search");
        }
        assertThat(PostgresDatabases.single(database, "SELECT string_agg(version, ',' ORDER BY installed_rank)"
                + " FROM flyway_schema_history WHERE success")).isEqualTo("1,2,3,4,5,6,7,8,9");
        try (AssessmentStore viewer = PostgresAssessmentStore.openReadOnly(location)) {
            assertThat(viewer.teams()).extracting(Team::name).containsExactly("Search");
        }
    }

    private static TreeSet<String> columns(Connection connection, String sql) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (connection; Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Makes {@code other} another Debtmeter in the middle of a write: it holds the write lock until it commits or rolls back. */
    private static void holdTheWriteLock(Connection other) throws SQLException {
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + SqlDialect.WRITE_LOCK + ")");
        }
    }
}
