package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in place of a database (a damaged one, usually), deleting nothing: the file that
 * was there, with its -wal and -shm files, is first moved aside as {@code <name>.damaged-<UTC time>};
 * the backup is copied beside it under a temporary name, synced, and moved into place, so the
 * database is never half a backup. The backup must be a sound Debtmeter database.
 */
public final class DatabaseRestore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was done: which backup, and where the file that was there now is (empty if there was none). */
    public record Restored(Path database, Path backup, Optional<Path> keptAside) {
    }

    private final Clock clock;

    public DatabaseRestore(Clock clock) {
        this.clock = clock;
    }

    /** The backups of {@code database}, newest first (see {@link DatabaseBackups}). */
    public List<Path> backupsOf(Path database) throws IOException {
        return new DatabaseBackups(clock).backupsOf(database.toAbsolutePath().normalize());
    }

    public Restored restore(Path database, Path backup) throws IOException, DatabaseOpenException {
        Path file = database.toAbsolutePath().normalize();
        Path source = backup.toAbsolutePath().normalize();
        requireSoundDebtmeterFile(source);
        Optional<Path> aside = Optional.empty();
        if (Files.exists(file)) {
            Path moved = freeAsideName(file);
            Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : List.of("-wal", "-shm")) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    // Beside the damaged file under its new name, where SQLite would look for them.
                    Files.move(companion, moved.resolveSibling(moved.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            aside = Optional.of(moved);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".restoring");
        Files.deleteIfExists(partial);
        PrivateFiles.createFile(partial);
        try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(source, out);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return new Restored(file, source, aside);
    }

    private Path freeAsideName(Path file) {
        String base = file.getFileName() + ".damaged-" + STAMP.format(clock.instant());
        Path candidate = file.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    /** Read through SQLite's immutable flag: nothing is written to or beside the backup. */
    private static void requireSoundDebtmeterFile(Path source) throws DatabaseOpenException {
        if (!Files.isRegularFile(source)) {
            throw new DatabaseOpenException(DatabaseProblem.MISSING, source, "");
        }
        SqliteConnections connections = new SqliteConnections(source, SqliteAssessmentStore.DEFAULT_BUSY_TIMEOUT);
        try (Connection connection = connections.openImmutable()) {
            SchemaState state = SchemaState.read(connection);
            if (!state.isOurs()) {
                throw new DatabaseOpenException(DatabaseProblem.NOT_DEBTMETER, source, state::describeForeign, null);
            }
            Optional<String> damage = FileHealth.quickCheck(connection);
            if (damage.isPresent()) {
                throw new DatabaseOpenException(DatabaseProblem.DAMAGED, source,
                        DatabaseOpenException.detail("database.detail.chooseAnotherBackup", damage.get()), null);
            }
        } catch (SQLException e) {
            if (SqliteErrors.classify(e) == DatabaseProblem.DAMAGED) {
                throw new DatabaseOpenException(DatabaseProblem.DAMAGED, source,
                        DatabaseOpenException.detail("database.detail.chooseAnotherBackup", SqliteErrors.detail(e)), e);
            }
            throw new DatabaseOpenException(DatabaseProblem.UNREADABLE, source, SqliteErrors.detail(e), e);
        }
    }
}
