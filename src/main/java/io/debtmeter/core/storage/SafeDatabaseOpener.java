package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * Opens a database file for writing without ever harming a file it should not touch. Before
 * anything can write, in this order: a file that is not SQLite, or that a newer Debtmeter wrote,
 * is refused and left byte for byte as it was; then the location must be writable and no other
 * program may hold the write lock; a file whose schema is about to be migrated is backed up;
 * only then does Flyway migrate it. Along the way the file is kept private ({@link DatabasePrivacy}).
 */
final class SafeDatabaseOpener {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final SqliteConnections connections;
    private final Clock clock;
    private final MigrationVersion known;
    private final Set<MigrationVersion> shipped;
    private final DatabasePrivacy privacy;

    SafeDatabaseOpener(Path file, Duration busyTimeout, Clock clock) {
        this(file, busyTimeout, clock, DatabasePrivacy.ofThisMachine());
    }

    SafeDatabaseOpener(Path file, Duration busyTimeout, Clock clock, DatabasePrivacy privacy) {
        this.file = file.toAbsolutePath().normalize();
        this.privacy = privacy;
        this.connections = new SqliteConnections(this.file, busyTimeout);
        this.clock = clock;
        MigrationScripts scripts = new MigrationScripts(SafeDatabaseOpener.class.getClassLoader());
        this.shipped = scripts.versions();
        this.known = scripts.highest();
    }

    Path file() {
        return file;
    }

    /** A migrated connection with every setting applied; the caller owns and closes it. */
    Connection open() throws DatabaseOpenException {
        Path folder = file.getParent();
        createFolder(folder);
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, "it is a folder, not a file");
        }
        SchemaState state = hasContent(file) ? inspect() : SchemaState.EMPTY;
        // Only a file judged ours, and before it is opened for writing: SQLite gives a -wal or -shm
        // file it creates the main file's permissions.
        privacy.tightenExisting(file);
        if (!Files.isWritable(folder)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file, "the folder " + folder + " is read-only");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file, "the file is read-only");
        }
        Connection connection = null;
        try {
            privacy.createMissing(file);
            connection = connections.openWritable();
            takeAndReleaseWriteLock(connection);
            if (state.holdsData() && state.applied().orElseThrow().compareTo(known) < 0) {
                new DatabaseBackups(clock).backUp(connection, file, "schema" + state.applied().orElseThrow());
            }
            if (!isCurrent(state)) {
                migrate();
            }
            return connection;
        } catch (SQLException | IOException | FlywayException e) {
            closeQuietly(connection);
            throw new DatabaseOpenException(SqliteErrors.classify(e), file, SqliteErrors.detail(e), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opens for reading only: never migrates, never writes; for files of a newer version. */
    Connection openReadOnly() throws DatabaseOpenException {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, "there is no such file");
        }
        requireSqliteHeader();
        try {
            // In a folder nobody can write, no other program can be changing the file, and SQLite
            // could not create the -shm file it needs to follow one.
            Connection connection = Files.isWritable(file.getParent()) ? connections.openReadOnly() : connections.openImmutable();
            try {
                SchemaState state = SchemaState.read(connection);
                if (!state.hasHistory() && state.otherTables()) {
                    throw new DatabaseOpenException(DatabaseProblem.NOT_DEBTMETER, file, "");
                }
                // Permissions are not content: a file only viewed is still made private.
                privacy.tightenExisting(file);
                return connection;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (SQLException | FlywayException e) {
            throw new DatabaseOpenException(SqliteErrors.classify(e), file, SqliteErrors.detail(e), e);
        }
    }

    private void createFolder(Path folder) throws DatabaseOpenException {
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            DatabaseProblem problem = SqliteErrors.classify(e) == DatabaseProblem.DISK_FULL
                    ? DatabaseProblem.DISK_FULL : DatabaseProblem.READ_ONLY_LOCATION;
            throw new DatabaseOpenException(problem, file, "the folder " + folder + " cannot be created", e);
        }
    }

    /** An empty file is a new database (SQLite treats it so); only content is judged. */
    private static boolean hasContent(Path file) throws DatabaseOpenException {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, e.toString(), e);
        }
    }

    /** Judges an existing file through a connection that cannot write to it. */
    private SchemaState inspect() throws DatabaseOpenException {
        requireSqliteHeader();
        SchemaState state;
        // With no -wal beside it, the main file is the whole database: read it as immutable, which
        // creates no -wal/-shm files either. Otherwise another program may be writing it right now,
        // unless nobody can write in the folder (where SQLite could not create its -shm file anyway).
        boolean logBeside = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        boolean othersMayWrite = logBeside && Files.isWritable(file.getParent());
        try (Connection connection = othersMayWrite ? connections.openReadOnly() : connections.openImmutable()) {
            state = SchemaState.read(connection);
        } catch (SQLException | FlywayException e) {
            throw new DatabaseOpenException(SqliteErrors.classify(e), file, SqliteErrors.detail(e), e);
        }
        if (!state.hasHistory() && state.otherTables()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_DEBTMETER, file, "");
        }
        if (state.applied().isPresent() && state.applied().get().compareTo(known) > 0) {
            throw new DatabaseOpenException(DatabaseProblem.NEWER_VERSION, file,
                    "schema " + state.applied().get() + ", this version knows " + known);
        }
        return state;
    }

    private void requireSqliteHeader() throws DatabaseOpenException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, e.toString(), e);
        }
        if (!Arrays.equals(start, SQLITE_HEADER)) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_SQLITE, file, "");
        }
    }

    /** Fails now, with IN_USE or READ_ONLY_LOCATION, rather than at the user's first edit. */
    private static void takeAndReleaseWriteLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
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
                // warning. The check in inspect() comes first; this is the second line of defence.
                .ignoreMigrationPatterns(new String[0])
                // Through SLF4J, which is bound to nothing: no Flyway INFO lines on the command line.
                .loggers("slf4j")
                .load()
                .migrate();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing with a better message.
            }
        }
    }
}
