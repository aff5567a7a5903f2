package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;
import io.debtmeter.core.platform.UserDirectories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A database, the files SQLite keeps beside it and its backups are its user's alone (see
 * {@link PrivateFiles}). A missing file is made 0600 before SQLite opens it, because SQLite gives
 * the -wal and -shm files it creates the main file's permissions. Files an older version (or
 * another program) left readable to others are tightened when the file is opened. The folder is
 * tightened only when it is Debtmeter's own data folder: one chosen with {@code --db} may be
 * shared on purpose, and only its Debtmeter files are ours to change.
 */
final class DatabasePrivacy {

    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private final Path dataFolder;

    DatabasePrivacy(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    static DatabasePrivacy ofThisMachine() {
        return new DatabasePrivacy(UserDirectories.ofThisMachine().dataFolder());
    }

    /** Tightens what exists of {@code file}, its companions, its backups and, if ours, its folder. */
    void tightenExisting(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder.equals(dataFolder)) {
            PrivateFiles.tighten(folder);
        }
        PrivateFiles.tighten(file);
        for (String suffix : COMPANIONS) {
            PrivateFiles.tighten(file.resolveSibling(file.getFileName() + suffix));
        }
        try {
            for (Path backup : new DatabaseBackups(Clock.systemUTC()).backupsOf(file)) {
                PrivateFiles.tighten(backup);
            }
        } catch (IOException | RuntimeException e) {
            // An unlistable backups folder is no reason to refuse the database itself.
        }
    }

    /** Makes the file, empty and 0600, unless it exists; SQLite then takes an empty file as a new database. */
    void createMissing(Path file) throws IOException {
        PrivateFiles.createFile(file);
    }
}
