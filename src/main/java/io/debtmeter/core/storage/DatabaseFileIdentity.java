package io.debtmeter.core.storage;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Decides, before {@link SafeDatabaseOpener} writes anything, whether a file is Debtmeter's own:
 * SQLite's header, our stamp, and a schema this version knows. Judging is kept apart from opening
 * so that every refusal happens through connections that cannot change the file.
 */
record DatabaseFileIdentity(Path file, SqliteConnections connections, MigrationVersion known) {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    void requireExistingFile() throws DatabaseOpenException {
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, file,
                    DatabaseOpenException.detail("database.detail.folderNotFile"), null);
        }
        if (!Files.isRegularFile(file)) {
            throw new DatabaseOpenException(DatabaseProblem.MISSING, file, "");
        }
    }

    /** The file beside the database that SQLite names with {@code suffix} ({@code -wal}, {@code -shm}). */
    Path companion(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * Judges an existing file through a connection that cannot write to it; refuses all but our own.
     * {@code viewing}: for a read-only open, which may look at a file of a newer version.
     */
    SchemaState inspect(boolean viewing) throws DatabaseOpenException {
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
            throw failure(file, e, true);
        }
        if (!state.isOurs()) {
            throw new DatabaseOpenException(DatabaseProblem.NOT_DEBTMETER, file, state::describeForeign, null);
        }
        if (!viewing && state.applied().isPresent() && state.applied().get().compareTo(known) > 0) {
            throw new DatabaseOpenException(DatabaseProblem.NEWER_VERSION, file, DatabaseOpenException.detail(
                    "database.detail.newerSchema", String.valueOf(state.applied().get()), String.valueOf(known)), null);
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

    /** What the user is told when SQLite or Flyway fails while {@code file} is judged or opened. */
    static DatabaseOpenException failure(Path file, Exception e, boolean reading) {
        DatabaseProblem problem = SqliteErrors.classify(e);
        if (problem == DatabaseProblem.DAMAGED) {
            String said = SqliteErrors.detail(e);
            return new DatabaseOpenException(problem, file,
                    texts -> FileHealth.detail(texts, file, texts.get("database.detail.sqliteReports", said)), e);
        }
        if (reading && problem == DatabaseProblem.IN_USE) {
            return new DatabaseOpenException(DatabaseProblem.BUSY, file, "", e);
        }
        return new DatabaseOpenException(problem, file, SqliteErrors.detail(e), e);
    }
}
