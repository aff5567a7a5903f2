package io.debtmeter.core.storage;

import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of the tests' throwaway PostgreSQL server ({@link TestPostgres}) for a store, and the
 * looks past the store that the SQLite tests take with {@link DatabaseDump} and {@link DatabaseFiles}.
 */
public final class PostgresDatabases {

    private static TestPostgres.Database migratedTemplate;

    private PostgresDatabases() {
    }

    /**
     * A new database holding Debtmeter's empty tables, all migrations applied: a copy of one the
     * store migrated once per test JVM (Flyway for every test would cost about a second each). The
     * migration of an empty database itself is tested on empty ones ({@link TestPostgres#newDatabase()}).
     */
    public static synchronized TestPostgres.Database migrated() {
        if (migratedTemplate == null) {
            TestPostgres.Database template = TestPostgres.newDatabase();
            PostgresAssessmentStore.open(location(template)).close();
            migratedTemplate = template;
        }
        return TestPostgres.newDatabase(migratedTemplate.name());
    }

    /** Where the store connects: the app role, the password handed over as characters, no TLS on loopback. */
    public static PostgresLocation location(TestPostgres.Database database) {
        return new PostgresLocation(database.host(), database.port(), database.name(), database.user(),
                database.password(), "disable");
    }

    /** One value of a query, through a connection of its own. */
    public static String single(TestPostgres.Database database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(TestPostgres.Database database, String... sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    /** Every row of every table of the schema as text, in a fixed order. */
    public static String dump(TestPostgres.Database database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return DatabaseDump.tables(statement, tables, "1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
