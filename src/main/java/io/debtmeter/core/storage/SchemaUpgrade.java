package io.debtmeter.core.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a file judged ours up to this version's schema for {@link SafeDatabaseOpener}: stamp,
 * damage check, backup, Flyway. Kept apart from the open itself so the order in which a file is
 * changed (never before it is checked and backed up) can be read in one place.
 *
 * @param known   the highest schema version this build ships
 * @param shipped every schema version this build ships
 */
record SchemaUpgrade(Path file, SqliteConnections connections, Clock clock, MigrationVersion known,
                     Set<MigrationVersion> shipped) {

    /** The migration that stamps the file; it changes no table, so reading need not wait for it. */
    static final MigrationVersion STAMP_VERSION = MigrationVersion.fromVersion("5");

    SchemaUpgrade(Path file, SqliteConnections connections, Clock clock, MigrationScripts scripts) {
        this(file, connections, clock, scripts.highest(), scripts.versions());
    }

    /** A new (or stamped but empty) file: stamped first, then given every table. */
    void prepareNew(Connection connection) throws SQLException {
        stamp(connection);
        migrate();
    }

    /** Whether opening {@code state} for writing changes the file (a migration or the stamp). */
    boolean changes(SchemaState state) {
        return !isCurrent(state) || !state.isStamped();
    }

    /** Checks for damage, backs up an older file that holds data, migrates and stamps it. */
    void upgrade(Connection connection, SchemaState state) throws SQLException, IOException, DatabaseOpenException {
        // The file is about to be written: damage must be found first, not built upon.
        Optional<String> damage = FileHealth.quickCheck(connection);
        if (damage.isPresent()) {
            throw new DatabaseOpenException(DatabaseProblem.DAMAGED, file,
                    texts -> FileHealth.detail(texts, file, damage.get()), null);
        }
        if (state.holdsData() && state.applied().orElseThrow().compareTo(known) < 0) {
            new DatabaseBackups(clock).backUp(connection, file, "schema" + state.applied().orElseThrow());
        }
        if (!isCurrent(state)) {
            migrate();
        }
        stamp(connection);
    }

    /**
     * Every table this version queries is there: only migrations that change no table (the stamp,
     * version 5) may be missing, and they wait for the next read-write open.
     */
    boolean readableWithoutMigrating(SchemaState state) {
        return state.applied().isPresent() && state.allApplied().containsAll(
                shipped.stream().filter(v -> !v.equals(STAMP_VERSION)).toList());
    }

    /** Fails now, with IN_USE or READ_ONLY_LOCATION, rather than at the user's first edit. */
    static void takeAndReleaseWriteLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
        }
    }

    /** Debtmeter's stamp in the header, before anything else is written to a new file. */
    private static void stamp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + SchemaState.OURS);
        }
    }

    /**
     * Exactly the versions this build ships were applied: Flyway has nothing to do, and starting it
     * (scanning for scripts, validating checksums) is most of the second a cold start spends opening
     * the file, so it is skipped. Any other history (older, unknown versions) still goes through
     * Flyway, which migrates or refuses it.
     */
    private boolean isCurrent(SchemaState state) {
        return state.hasHistory() && state.allApplied().equals(shipped);
    }

    private void migrate() {
        Flyway.configure(SafeDatabaseOpener.class.getClassLoader())
                .dataSource(connections.writableDataSource())
                .locations("classpath:" + MigrationScripts.LOCATION)
                // Empty: a migration in the file that this version does not know is an error, not a
                // warning. The check in DatabaseFileIdentity.inspect comes first; this is the second
                // line of defence.
                .ignoreMigrationPatterns(new String[0])
                // Through SLF4J, which is bound to nothing: no Flyway INFO lines on the command line.
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
