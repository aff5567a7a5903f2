package io.debtmeter.core.storage;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What an existing file holds, as far as opening it is concerned: Flyway's history (and the
 * highest version it applied successfully) and whether there are other tables.
 *
 * @param hasHistory  {@code flyway_schema_history} exists
 * @param applied     the highest successful version in it, if any
 * @param otherTables tables besides the history exist
 */
record SchemaState(boolean hasHistory, Optional<MigrationVersion> applied, boolean otherTables) {

    static final String HISTORY_TABLE = "flyway_schema_history";

    static final SchemaState EMPTY = new SchemaState(false, Optional.empty(), false);

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
        return new SchemaState(history, history ? highestApplied(connection) : Optional.empty(), others);
    }

    /** Versions compare as numbers ("10" > "9"), so the maximum is taken here, not with SQL's max(). */
    private static Optional<MigrationVersion> highestApplied(Connection connection) throws SQLException {
        MigrationVersion highest = null;
        try (Statement statement = connection.createStatement();
             ResultSet versions = statement.executeQuery(
                     "SELECT version FROM " + HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL")) {
            while (versions.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        }
        return Optional.ofNullable(highest);
    }

    /** Data worth a backup: a Debtmeter schema was applied to this file at least once. */
    boolean holdsData() {
        return applied.isPresent();
    }
}
