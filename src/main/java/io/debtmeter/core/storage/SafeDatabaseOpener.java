package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Opens a database file for writing without ever harming a file it should not touch. Before
 * anything can write, in this order: a file that is not SQLite, or that a newer Debtmeter wrote,
 * is refused and left byte for byte as it was ({@link DatabaseFileIdentity}); then the location
 * must be writable and no other program may hold the write lock; a file whose schema is about to
 * be migrated is backed up; only then does Flyway migrate it ({@link SchemaUpgrade}). Along the way
 * the file is kept private ({@link DatabasePrivacy}).
 */
final class SafeDatabaseOpener {

    private final Path file;
    private final SqliteConnections connections;
    private final DatabaseFileIdentity identity;
    private final SchemaUpgrade schema;
    private final DatabasePrivacy privacy;

    SafeDatabaseOpener(Path file, Duration busyTimeout, Clock clock) {
        this(file, busyTimeout, clock, DatabasePrivacy.ofThisMachine());
    }

    SafeDatabaseOpener(Path file, Duration busyTimeout, Clock clock, DatabasePrivacy privacy) {
        this.file = file.toAbsolutePath().normalize();
        this.privacy = privacy;
        this.connections = new SqliteConnections(this.file, busyTimeout);
        MigrationScripts scripts = new MigrationScripts(SafeDatabaseOpener.class.getClassLoader());
        this.schema = new SchemaUpgrade(this.file, connections, clock, scripts);
        this.identity = new DatabaseFileIdentity(this.file, connections, schema.known());
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
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file,
                    DatabaseOpenException.detail("database.detail.folderNotFile"), null);
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
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file,
                    DatabaseOpenException.detail("database.detail.folderReadOnly", String.valueOf(folder)), null);
        }
        if (exists && !Files.isWritable(file)) {
            throw new DatabaseOpenException(DatabaseProblem.READ_ONLY_LOCATION, file,
                    DatabaseOpenException.detail("database.detail.fileReadOnly"), null);
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
                schema.prepareNew(connection);
                health = FileHealth.sound(file);
            } else {
                SchemaUpgrade.takeAndReleaseWriteLock(connection);
                if (schema.changes(state)) {
                    schema.upgrade(connection, state);
                    health = FileHealth.sound(file);
                } else {
                    health = FileHealth.checkedInBackground(file, connections::openReadOnly);
                }
            }
            return new Opened(connection, health, false);
        } catch (SQLException | IOException | FlywayException e) {
            closeQuietly(connection);
            forgetCreated(created);
            throw DatabaseFileIdentity.failure(file, e, false);
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
        identity.requireExistingFile();
        SchemaState state = inspect();
        if (!schema.readableWithoutMigrating(state)) {
            return openForWriting(false);
        }
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            // SQLite could not keep its -shm file beside it: read the way --read-only does.
            return openTrulyReadOnly();
        }
        try {
            Connection connection = connections.openWritable();
            return new Opened(connection, FileHealth.checkedWhenNeeded(file, connections::openReadOnly), true);
        } catch (SQLException e) {
            throw DatabaseFileIdentity.failure(file, e, true);
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
        identity.requireExistingFile();
        SchemaState state = identity.inspect(true);
        if (state.applied().isPresent() && !schema.readableWithoutMigrating(state)) {
            throw new DatabaseOpenException(DatabaseProblem.OLDER_VERSION, file, DatabaseOpenException.detail(
                    "database.detail.olderSchema", String.valueOf(state.applied().get()), String.valueOf(schema.known())), null);
        }
        boolean immutable = !Files.isWritable(file.getParent()) || !Files.exists(identity.companion("-wal"));
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
            throw DatabaseFileIdentity.failure(file, e, true);
        }
    }

    /** A file this open created and could not finish is removed again: a half-made file would be refused next time. */
    private void forgetCreated(boolean created) {
        if (!created) {
            return;
        }
        for (Path path : List.of(file, identity.companion("-wal"), identity.companion("-shm"))) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Already failing with a better message.
            }
        }
    }

    private void createFolder(Path folder) throws DatabaseOpenException {
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            DatabaseProblem problem = SqliteErrors.classify(e) == DatabaseProblem.DISK_FULL
                    ? DatabaseProblem.DISK_FULL : DatabaseProblem.READ_ONLY_LOCATION;
            throw new DatabaseOpenException(problem, file,
                    DatabaseOpenException.detail("database.detail.folderNotCreated", String.valueOf(folder)), e);
        }
    }

    /** Judges an existing file through a connection that cannot write to it; refuses all but our own. */
    private SchemaState inspect() throws DatabaseOpenException {
        return identity.inspect(false);
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
