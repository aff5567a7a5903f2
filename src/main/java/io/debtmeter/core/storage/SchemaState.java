package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an existing file holds, as far as opening it is concerned: its application_id, Flyway's
 * history (and the highest version it applied successfully), and what else is in it.
 *
 * @param applicationId   SQLite's application_id header field ({@link #OURS} on a stamped Debtmeter file)
 * @param hasHistory      {@code flyway_schema_history} exists
 * @param ourHistory      that history starts with Debtmeter's first migration (its script name)
 * @param applied         the highest successful version in it, if any
 * @param otherTables     tables besides the history exist
 * @param allApplied      every version applied successfully
 * @param tables          how many tables (besides SQLite's own)
 * @param views           how many views
 * @param debtmeterTables how many of the tables bear the name of one of Debtmeter's
 */
record SchemaState(int applicationId, boolean hasHistory, boolean ourHistory, Optional<MigrationVersion> applied,
                   boolean otherTables, Set<MigrationVersion> allApplied, int tables, int views, int debtmeterTables) {

    static final String HISTORY_TABLE = "flyway_schema_history";

    /** The ASCII of "DbtM": Debtmeter's stamp in the file header (PRAGMA application_id). */
    static final int OURS = 0x4462744D;

    /** Debtmeter's first migration as Flyway records it: an unstamped file with it is an older Debtmeter file. */
    static final String FIRST_SCRIPT = "V1__initial_schema.sql";

    private static final Set<String> DEBTMETER_TABLES = Set.of("team", "rubric_snapshot", "assessment", "response",
            "action_item", "target", "score_summary", "import_fingerprint", "action_import_fingerprint", HISTORY_TABLE);

    /** Reads only: meant for a read-only connection. */
    static SchemaState read(Connection connection) throws SQLException {
        int applicationId = intPragma(connection, "application_id");
        boolean history = false;
        boolean others = false;
        int tables = 0;
        int views = 0;
        int ours = 0;
        try (Statement statement = connection.createStatement();
             ResultSet objects = statement.executeQuery("SELECT type, name FROM sqlite_master"
                     + " WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (objects.next()) {
                String name = objects.getString(2);
                if ("view".equals(objects.getString(1))) {
                    views++;
                    continue;
                }
                tables++;
                if (DEBTMETER_TABLES.contains(name)) {
                    ours++;
                }
                if (HISTORY_TABLE.equals(name)) {
                    history = true;
                } else {
                    others = true;
                }
            }
        }
        Set<MigrationVersion> all = history ? appliedVersions(connection) : Set.of();
        boolean ourHistory = history && startsWithOurScript(connection);
        return new SchemaState(applicationId, history, ourHistory, all.stream().max(MigrationVersion::compareTo), others,
                all, tables, views, ours);
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
            return row.next() ? row.getInt(1) : 0;
        }
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

    private static boolean startsWithOurScript(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + HISTORY_TABLE
                     + " WHERE version = '1' AND success = 1 AND script = '" + FIRST_SCRIPT + "'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** Stamped by Debtmeter, or an older Debtmeter file from before the stamp (its history is ours). */
    boolean isOurs() {
        return applicationId == OURS || (applicationId == 0 && ourHistory);
    }

    /** Carries the stamp already; an older Debtmeter file is stamped on its next read-write open. */
    boolean isStamped() {
        return applicationId == OURS;
    }

    /** Stamped, but nothing was created in it yet: a first open that stopped before its migrations. */
    boolean isStampedAndEmpty() {
        return applicationId == OURS && tables == 0 && views == 0;
    }

    /** Data worth a backup: a Debtmeter schema was applied to this file at least once. */
    boolean holdsData() {
        return applied.isPresent();
    }

    /** What was found in a file that is not ours, for the message: "application_id 1234, 0 Debtmeter tables". */
    String describeForeign() {
        return describeForeign(ProblemTexts.ENGLISH);
    }

    /** "application_id 0, 3 tables, 1 view, 0 Debtmeter tables, no Debtmeter schema history". */
    String describeForeign(ProblemTexts texts) {
        String found = texts.get("database.foreign.applicationId", String.valueOf(applicationId));
        found = texts.get("database.foreign.and", found, count(texts, tables, "table"));
        if (views > 0) {
            found = texts.get("database.foreign.and", found, count(texts, views, "view"));
        }
        found = texts.get("database.foreign.and", found, count(texts, debtmeterTables, "ourTable"));
        if (!ourHistory) {
            found = texts.get("database.foreign.and", found, texts.get("database.foreign.noHistory"));
        }
        return found;
    }

    private static String count(ProblemTexts texts, int n, String noun) {
        return n == 1 ? texts.get("database.foreign." + noun + ".one")
                : texts.get("database.foreign." + noun + ".many", String.valueOf(n));
    }
}
