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
import java.util.List;
import java.util.Optional;
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
    /** The migration that stamps the file; it changes no table, so reading need not wait for it. */
    static final MigrationVersion STAMP_VERSION = MigrationVersion.fromVersion("5");

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

    /** What an open found: the connection, and how sound the file is (checked or being checked). */
    record Opened(Connection connection, FileHealth health, boolean readOnly) {
    }

    /**
     * A migrated connection with every setting applied; the caller owns and closes it. Creates the
     * file when there is none (for commands that write: the window, sample, import); an existing
     * file must be Debtmeter's own (stamped, or an older Debtmeter file, which is stamped now).
     */
    Connection open() throws DatabaseOpenException {
        return openForWriting(true).connection();
    }

    /** For writing, creating the file only when {@code create} allows it. */
    Opened openForWriting(boolean create) throws DatabaseOpenException {
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, "it is a folder, not a file");
        }
        boolean exists = Files.exists(file);
        if (!exists && !create) {
            throw new DatabaseOpenException(DatabaseProblem.MISSING, file, "");
        }
        Path folder = file.getParent();
        if (!exists) {
            createFolder(folder);
        }
        SchemaState state = exists ? inspect() : null;
        // Only a file judged ours, and before it is opened for writing: SQLite gives a -wal or -shm
        // file it creates the main file's permissions.
        privacy.tightenExisting(file);
        if (!Files.isWritable(folder)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file, "the folder " + folder + " is read-only");
        }
        if (exists && !Files.isWritable(file)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file, "the file is read-only");
        }
        Connection connection = null;
        boolean created = false;
        try {
            if (!exists) {
                privacy.createMissing(file);
                created = true;
            }
            connection = connections.openWritable();
            FileHealth health;
            if (state == null || state.isStampedAndEmpty()) {
                stamp(connection);
                migrate();
                health = FileHealth.sound(file);
            } else {
                takeAndReleaseWriteLock(connection);
                boolean changes = !isCurrent(state) || !state.isStamped();
                if (changes) {
                    // The file is about to be written: damage must be found first, not built upon.
                    Optional<String> damage = FileHealth.quickCheck(connection);
                    if (damage.isPresent()) {
                        throw new DatabaseOpenException(DatabaseProblem.DAMAGED, file, FileHealth.detail(file, damage.get()));
                    }
                    if (state.holdsData() && state.applied().orElseThrow().compareTo(known) < 0) {
                        new DatabaseBackups(clock).backUp(connection, file, "schema" + state.applied().orElseThrow());
                    }
                    if (!isCurrent(state)) {
                        migrate();
                    }
                    stamp(connection);
                    health = FileHealth.sound(file);
                } else {
                    health = FileHealth.checkedInBackground(file, connections::openReadOnly);
                }
            }
            return new Opened(connection, health, false);
        } catch (SQLException | IOException | FlywayException e) {
            closeQuietly(connection);
            forgetCreated(created);
            throw failure(e, false);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection);
            forgetCreated(created);
            throw e;
        }
    }

    /**
     * For a command that only reads: never creates, never migrates a file whose tables this version
     * can read, and takes no lock a writer holds, so it reads through WAL while another program
     * writes. Damage is checked in the background ({@link FileHealth#damage()}). A file whose tables
     * are older than this version reads is migrated as for writing (after a backup), once.
     */
    Opened openForReading() throws DatabaseOpenException {
        requireExistingFile();
        SchemaState state = inspect();
        if (!readableWithoutMigrating(state)) {
            return openForWriting(false);
        }
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            // SQLite could not keep its -shm file beside it: read the way --read-only does.
            return openTrulyReadOnly();
        }
        try {
            Connection connection = connections.openWritable();
            return new Opened(connection, FileHealth.checkedInBackground(file, connections::openReadOnly), true);
        } catch (SQLException e) {
            throw failure(e, true);
        }
    }

    /** Opens for reading only: never migrates, never writes; for files of a newer version. */
    Connection openReadOnly() throws DatabaseOpenException {
        return openTrulyReadOnly().connection();
    }

    /**
     * Through a connection SQLite opens read-only, so nothing can be written: for {@code --read-only},
     * and for files of a newer version or in places we cannot write. With no -wal beside the file
     * (nobody writing it), or in a folder nobody can write, SQLite's {@code immutable} flag reads the
     * main file alone and creates no -wal/-shm beside it.
     */
    Opened openTrulyReadOnly() throws DatabaseOpenException {
        requireExistingFile();
        SchemaState state = inspect(true);
        boolean immutable = !Files.isWritable(file.getParent()) || !Files.exists(companion("-wal"));
        try {
            Connection connection = immutable ? connections.openImmutable() : connections.openReadOnly();
            // Permissions are not content: a file only viewed is still made private.
            privacy.tightenExisting(file);
            FileHealth health = FileHealth.checkedInBackground(file,
                    immutable ? connections::openImmutable : connections::openReadOnly);
            if (state.applied().isEmpty()) {
                health = FileHealth.sound(file);
            }
            return new Opened(connection, health, true);
        } catch (SQLException e) {
            throw failure(e, true);
        }
    }

    /**
     * Every table this version queries is there: only migrations that change no table (the stamp,
     * version 5) may be missing, and they wait for the next read-write open.
     */
    private boolean readableWithoutMigrating(SchemaState state) {
        return state.applied().isPresent() && state.allApplied().containsAll(
                shipped.stream().filter(v -> !v.equals(STAMP_VERSION)).toList());
    }

    private void requireExistingFile() throws DatabaseOpenException {
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, "it is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new DatabaseOpenException(DatabaseProblem.MISSING, file, "");
        }
    }

    /** A file this open created and could not finish is removed again: a half-made file would be refused next time. */
    private void forgetCreated(boolean created) {
        if (!created) {
            return;
        }
        for (Path path : List.of(file, companion("-wal"), companion("-shm"))) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Already failing with a better message.
            }
        }
    }

    private Path companion(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private DatabaseOpenException failure(Exception e, boolean reading) {
        DatabaseProblem problem = SqliteErrors.classify(e);
        if (problem == DatabaseProblem.DAMAGED) {
            return new DatabaseOpenException(problem, file,
                    FileHealth.detail(file, "SQLite reports \"" + SqliteErrors.detail(e) + "\""), e);
        }
        if (reading && problem == DatabaseProblem.IN_USE) {
            return new DatabaseOpenException(DatabaseProblem.BUSY, file, "", e);
        }
        return new DatabaseOpenException(problem, file, SqliteErrors.detail(e), e);
    }

    /** Debtmeter's stamp in the header, before anything else is written to a new file. */
    private static void stamp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + SchemaState.OURS);
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

    /** Judges an existing file through a connection that cannot write to it; refuses all but our own. */
    private SchemaState inspect() throws DatabaseOpenException {
        return inspect(false);
    }

    /** {@code viewing}: for a read-only open, which may look at a file of a newer version. */
    private SchemaState inspect(boolean viewing) throws DatabaseOpenException {
        try {
            if (Files.size(file) == 0) {
                throw new DatabaseOpenException(DatabaseProblem.EMPTY_FILE, file, "");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file, e.toString(), e);
        }
        requireSqliteHeader();
        SchemaState state;
        // With no -wal beside it, the main file is the whole database: read it as immutable, which
        // creates no -wal/-shm files either. Otherwise another program may be writing it right now,
        // unless nobody can write in the folder (where SQLite could not create its -shm file anyway).
        boolean logBeside = Files.exists(companion("-wal"));
        boolean othersMayWrite = logBeside && Files.isWritable(file.getParent());
        try (Connection connection = othersMayWrite ? connections.openReadOnly() : connections.openImmutable()) {
            state = SchemaState.read(connection);
        } catch (SQLException | FlywayException e) {
            throw failure(e, true);
        }
        if (!state.isOurs()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_DEBTMETER, file, state.describeForeign());
        }
        if (!viewing && state.applied().isPresent() && state.applied().get().compareTo(known) > 0) {
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
