package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of a database taken before its schema is migrated, in {@code backups/} beside it, named
 * {@code <name>-<UTC time>-<label>.db} (e.g. {@code debtmeter-20261126-101530-123-schema1.db}),
 * so that a failed or unwanted migration never costs the data. The newest {@value #KEPT} are kept.
 */
public final class DatabaseBackups {

    public static final int KEPT = 10;
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".part";

    private final Clock clock;

    public DatabaseBackups(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes a consistent copy of what {@code connection} sees, then deletes all but the newest
     * {@value #KEPT} backups of the same file.
     *
     * <p>{@code VACUUM INTO} is SQLite's online copy: it reads one snapshot (other connections
     * may go on writing) and writes a compact, valid database. It is written under a temporary
     * name, synced, then renamed, so a crash never leaves a half-written file that looks like a
     * backup. Like the database, the folder is 0700 and the copy 0600: SQLite would make the copy
     * readable to everyone (0644), so it writes into an empty private file made first.
     *
     * @param label e.g. {@code schema1}: the schema version the copy has
     */
    public Path backUp(Connection connection, Path databaseFile, String label) throws IOException, SQLException {
        Path folder = folderOf(databaseFile);
        PrivateFiles.createFolders(folder);
        Path target = freeName(folder, baseName(databaseFile), clock.instant(), label);
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Files.deleteIfExists(partial);
        PrivateFiles.createFile(partial);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, partial.toString());
            vacuum.execute();
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        prune(databaseFile);
        return target;
    }

    /** The backups of one database file, newest first. */
    public List<Path> backupsOf(Path databaseFile) throws IOException {
        Path folder = folderOf(databaseFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = baseName(databaseFile) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            // The time stamp in the name sorts in time order; the file's own times may not (copies, restores).
            return files.filter(f -> isBackupName(f.getFileName().toString(), prefix))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        }
    }

    public static Path folderOf(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    private void prune(Path databaseFile) throws IOException {
        List<Path> backups = backupsOf(databaseFile);
        for (Path old : backups.subList(Math.min(KEPT, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static boolean isBackupName(String name, String prefix) {
        return name.startsWith(prefix) && name.endsWith(".db")
                && name.substring(prefix.length()).matches("\\d{8}-\\d{6}-\\d{3}-.+\\.db");
    }

    /**
     * Two backups in the same millisecond (tests, a coarse clock) would clash: the later one moves
     * on by a millisecond, so names still sort in the order the backups were made.
     */
    private static Path freeName(Path folder, String base, Instant time, String label) {
        Instant stamp = time;
        Path candidate = folder.resolve(base + "-" + STAMP.format(stamp) + "-" + label + ".db");
        while (Files.exists(candidate)) {
            stamp = stamp.plusMillis(1);
            candidate = folder.resolve(base + "-" + STAMP.format(stamp) + "-" + label + ".db");
        }
        return candidate;
    }

    private static String baseName(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
