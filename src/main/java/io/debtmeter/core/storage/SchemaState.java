package io.debtmeter.core.storage;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an existing file holds, as far as opening it is concerned: Flyway's history (and the
 * highest version it applied successfully) and whether there are other tables.
 *
 * @param hasHistory  {@code flyway_schema_history} exists
 * @param applied     the highest successful version in it, if any
 * @param otherTables tables besides the history exist
 * @param allApplied  every version applied successfully
 */
record SchemaState(boolean hasHistory, Optional<MigrationVersion> applied, boolean otherTables,
                   Set<MigrationVersion> allApplied) {

    static final String HISTORY_TABLE = "flyway_schema_history";

    static final SchemaState EMPTY = new SchemaState(false, Optional.empty(), false, Set.of());

    /** Reads only: meant for a read-only connection. */
    static SchemaState read(Connection connection) throws SQLException {
        boolean history = false;
        boolean others = false;
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (tables.next()) {
                if (HISTORY_TABLE.equals(tables.getString(1))) {
                    history = true;
                } else {
                    others = true;
                }
            }
        }
        Set<MigrationVersion> all = history ? appliedVersions(connection) : Set.of();
        return new SchemaState(history, all.stream().max(MigrationVersion::compareTo), others, all);
    }

    /** Versions compare as numbers ("10" > "9"), so the highest is taken in Java, not with SQL's max(). */
    private static Set<MigrationVersion> appliedVersions(Connection connection) throws SQLException {
        Set<MigrationVersion> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM " + HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(MigrationVersion.fromVersion(rows.getString(1)));
            }
        }
        return Set.copyOf(versions);
    }

    /** Data worth a backup: a Debtmeter schema was applied to this file at least once. */
    boolean holdsData() {
        return applied.isPresent();
    }
}
