package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.storage.MigrationScripts;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the connection's schema holds, judged before anything may write to it, and its migration:
 * the same rules as the SQLite store's (decision 0021). A schema with tables but without Debtmeter's
 * history is never altered; a history with a version this build does not ship (a newer Debtmeter)
 * is refused read-write and never migrated; an empty schema gets every table.
 *
 * @param tables  tables and views in the schema, besides Flyway's history
 * @param history {@code flyway_schema_history} is there
 * @param ours    that history starts with Debtmeter's first script
 * @param applied every version applied successfully
 */
record PostgresSchema(int tables, boolean history, boolean ours, Set<MigrationVersion> applied) {

    static final String HISTORY_TABLE = "flyway_schema_history";
    static final String FIRST_SCRIPT = "V1__initial_schema.sql";
    /** Stamps the schema (a comment); it changes no table, so reading need not wait for it. */
    static final MigrationVersion STAMP_VERSION = MigrationVersion.fromVersion("5");

    static MigrationScripts scripts() {
        return new MigrationScripts(PostgresSchema.class.getClassLoader(), MigrationScripts.POSTGRESQL_LOCATION);
    }

    /** Reads only. */
    static PostgresSchema read(Connection connection) throws SQLException {
        int tables = 0;
        boolean history = false;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema()")) {
            while (rows.next()) {
                if (HISTORY_TABLE.equals(rows.getString(1))) {
                    history = true;
                } else {
                    tables++;
                }
            }
        }
        if (!history) {
            return new PostgresSchema(tables, false, false, Set.of());
        }
        Set<MigrationVersion> applied = new HashSet<>();
        boolean ours = false;
        try (PreparedStatement select = connection.prepareStatement("SELECT version, script FROM " + HISTORY_TABLE
                + " WHERE success AND version IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                applied.add(MigrationVersion.fromVersion(rows.getString(1)));
                ours |= "1".equals(rows.getString(1)) && FIRST_SCRIPT.equals(rows.getString(2));
            }
        }
        return new PostgresSchema(tables, true, ours, Set.copyOf(applied));
    }

    boolean isEmpty() {
        return tables == 0 && (!history || applied.isEmpty());
    }

    Optional<MigrationVersion> highest() {
        return applied.stream().max(MigrationVersion::compareTo);
    }

    /** Versions in the history that this build does not ship: written by a newer Debtmeter. */
    Set<MigrationVersion> unknown(Set<MigrationVersion> shipped) {
        return applied.stream().filter(v -> !shipped.contains(v)).collect(Collectors.toSet());
    }

    /** Every table this build queries is there (only the stamp may still be missing). */
    boolean readableWithoutMigrating(Set<MigrationVersion> shipped) {
        return applied.containsAll(shipped.stream().filter(v -> !v.equals(STAMP_VERSION)).toList());
    }

    String describeForeign() {
        return tables + (tables == 1 ? " table" : " tables") + (ours ? "" : ", no Debtmeter schema history");
    }

    /**
     * Flyway with PostgreSQL's scripts, on its own connection to the same database; each script runs
     * in one transaction (PostgreSQL's DDL is transactional), so a failed step leaves nothing half done.
     */
    static void migrate(PostgresLocation where) {
        char[] password = where.password();
        try {
            Flyway.configure(PostgresSchema.class.getClassLoader())
                    .dataSource(PostgresConnections.dataSource(where))
                    .locations("classpath:" + MigrationScripts.POSTGRESQL_LOCATION)
                    // A version in the database that this build does not know is an error, not a warning;
                    // the check before this one refuses it first.
                    .ignoreMigrationPatterns(new String[0])
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new PostgresOpenException(PostgresOpenException.Problem.MIGRATION_FAILED, where,
                    firstLine(e.getMessage()), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
