package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.testsupport.TestPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

/**
 * A database for the store tests that run on every store (issue 24, decision 0031): a file in the
 * test's folder for SQLite, a fresh database of the tests' own server for PostgreSQL. The tests open
 * stores on it and look past the store at what it holds, the same way on both.
 */
public sealed interface TestDatabase {

    /**
     * A new database called {@code name} (a file name in {@code folder} for SQLite, created by the
     * first open); on PostgreSQL a fresh copy of an empty, migrated one.
     */
    static TestDatabase create(SqlDialect dialect, Path folder, String name) {
        return switch (dialect) {
            case SQLITE -> new OnSqlite(folder.resolve(name));
            case POSTGRESQL -> new OnPostgres(PostgresDatabases.migrated());
        };
    }

    SqlDialect dialect();

    /** A store stamping times from the system clock. */
    default AssessmentStore open() {
        return open(Clock.systemUTC());
    }

    /** A store stamping created and updated times from {@code clock}. */
    AssessmentStore open(Clock clock);

    /** A store that cannot write. */
    AssessmentStore openReadOnly();

    /** One value of a query, through a connection of its own. */
    String single(String sql);

    /** Every row of every table as text: "nothing changed" made checkable. */
    String dump();

    /** Writes through a connection of its own, as another program would. */
    default void execute(String... sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    /** One update through a connection of its own; the number of rows it changed. */
    default int update(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** A connection of its own to the database, as another program would open it; the caller closes it. */
    Connection connect() throws SQLException;

    /** SQL for a stored time as SQLite's text of it: "2026-11-26T10:05:00.000Z". */
    default String utcText(String column) {
        return dialect() == SqlDialect.SQLITE ? column
                : "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }

    /** SQL joining the texts of {@code expression} over the rows with {@code separator} (group_concat). */
    default String joined(String expression, String separator) {
        return dialect() == SqlDialect.SQLITE ? "group_concat(" + expression + ", '" + separator + "')"
                : "string_agg(CAST(" + expression + " AS TEXT), '" + separator + "')";
    }

    /** SQL joining the distinct texts of {@code expression} over the rows with commas (group_concat DISTINCT). */
    default String joinedDistinct(String expression) {
        return dialect() == SqlDialect.SQLITE ? "group_concat(DISTINCT " + expression + ")"
                : "string_agg(DISTINCT CAST(" + expression + " AS TEXT), ',')";
    }

    /** An SQLite file. */
    record OnSqlite(Path file) implements TestDatabase {

        @Override
        public SqlDialect dialect() {
            return SqlDialect.SQLITE;
        }

        @Override
        public AssessmentStore open(Clock clock) {
            return SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock);
        }

        @Override
        public AssessmentStore openReadOnly() {
            return SqliteAssessmentStore.openReadOnly(file);
        }

        @Override
        public String single(String sql) {
            return DatabaseDump.single(file, sql);
        }

        @Override
        public String dump() {
            return DatabaseDump.of(file);
        }

        @Override
        public Connection connect() throws SQLException {
            return java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        }
    }

    /** A database of the tests' PostgreSQL server. */
    record OnPostgres(TestPostgres.Database database) implements TestDatabase {

        @Override
        public SqlDialect dialect() {
            return SqlDialect.POSTGRESQL;
        }

        @Override
        public AssessmentStore open(Clock clock) {
            return PostgresAssessmentStore.open(PostgresDatabases.location(database), clock);
        }

        @Override
        public AssessmentStore openReadOnly() {
            return PostgresAssessmentStore.openReadOnly(PostgresDatabases.location(database));
        }

        @Override
        public String single(String sql) {
            return PostgresDatabases.single(database, sql);
        }

        @Override
        public String dump() {
            return PostgresDatabases.dump(database);
        }

        @Override
        public Connection connect() throws SQLException {
            return database.connect();
        }
    }
}
