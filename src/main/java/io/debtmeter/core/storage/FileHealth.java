package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Whether a file may still be written: SQLite's {@code PRAGMA quick_check}, run once per open on a
 * connection of its own in the background (it reads the whole file: 0.7-1.7 s for 500 teams × 40
 * assessments, see docs/benchmarks.md), and any SQLITE_CORRUPT or SQLITE_NOTADB met while the file
 * is in use. Writes wait for the check and are refused once damage is known, so damage is never
 * built upon; reads go on, so what can still be read can be copied out.
 */
final class FileHealth {

    /** Opens the connection the check reads through. */
    @FunctionalInterface
    interface CheckConnection {
        Connection open() throws SQLException;
    }

    private final Path file;
    private final CompletableFuture<Optional<String>> check;
    /** Whether an earlier check passed on the file exactly as it was when this open began. */
    private final boolean vouchedAtOpen;
    private volatile String damage;
    /** The check's statement while it runs, so that closing the store can interrupt it. */
    private volatile Statement running;

    private FileHealth(Path file, CompletableFuture<Optional<String>> check, boolean vouchedAtOpen) {
        this.file = file;
        this.check = check;
        this.vouchedAtOpen = vouchedAtOpen;
    }

    /** A file just created, or already checked by the opener. */
    static FileHealth sound(Path file) {
        return new FileHealth(file, CompletableFuture.completedFuture(Optional.empty()), true);
    }

    /** Starts quick_check on a daemon thread; writes wait for it. */
    static FileHealth checkedInBackground(Path file, CheckConnection connection) {
        FileHealth health = unchecked(file, connection);
        health.startCheck();
        return health;
    }

    /**
     * For a command that only reads: when an earlier check passed on the file as it is ({@link
     * CheckedMark}), the check starts only if something asks for its result (a write, {@link #damage()}),
     * so a listing does not share the machine with a scan of the whole file it does not need.
     */
    static FileHealth checkedWhenNeeded(Path file, CheckConnection connection) {
        FileHealth health = unchecked(file, connection);
        if (!health.vouchedAtOpen) {
            health.startCheck();
        }
        return health;
    }

    private static FileHealth unchecked(Path file, CheckConnection connection) {
        CompletableFuture<Optional<String>> result = new CompletableFuture<>();
        CheckedMark mark = new CheckedMark(file);
        Optional<String> stateAtStart = mark.stateNow();
        FileHealth health = new FileHealth(file, result, mark.vouchesForNow());
        health.connection = connection;
        result.thenAccept(found -> {
            if (found.isPresent()) {
                mark.forget();
            } else if (!health.stopped) {
                stateAtStart.ifPresent(mark::notePassed);
            }
        });
        return health;
    }

    private CheckConnection connection;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts the check once; later calls do nothing. */
    private void startCheck() {
        if (connection == null || !started.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Optional<String>> result = check;
        FileHealth health = this;
        CheckConnection opener = connection;
        Thread.ofPlatform().daemon().name("debtmeter-quick-check").start(() -> {
            // Told only after its connection is closed: the store's own connection must close last,
            // as only a read-write connection folds the log back and removes the -wal and -shm files.
            Optional<String> found;
            try (Connection checking = opener.open()) {
                found = health.quickCheckCancellably(checking);
            } catch (SQLException e) {
                if (health.stopped) {
                    result.complete(Optional.empty());
                    return;
                }
                // SQLite could not even walk the file: damage if it says so, else (an I/O error, a
                // lock) nothing is known, and the writes themselves will meet the problem.
                result.complete(SqliteErrors.isDamage(e) ? Optional.of("SQLite reports \"" + SqliteErrors.detail(e) + "\"")
                        : Optional.empty());
                return;
            } catch (RuntimeException | Error e) {
                result.complete(Optional.empty());
                return;
            }
            result.complete(found);
        });
    }

    private Optional<String> quickCheckCancellably(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running = statement;
            if (stopped) {
                return Optional.empty();
            }
            return quickCheck(statement);
        } finally {
            running = null;
        }
    }

    private volatile boolean stopped;

    /**
     * Stops a check still running (the store is closing): its connection must close before the
     * store's own, so that the last connection to close can fold the log back into the file and
     * remove the -wal and -shm files.
     */
    void stop() {
        stopped = true;
        if (started.compareAndSet(false, true)) {
            check.complete(Optional.empty());  // never started: nothing to wait for, nothing learnt
        }
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // It ends by itself; we wait below.
            }
        }
        try {
            check.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException ignored) {
            // Closing goes on; at worst the -wal and -shm files stay until the next open.
        }
    }

    /** The problems quick_check reports, joined, or empty when it says "ok". */
    static Optional<String> quickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return quickCheck(statement);
        }
    }

    private static Optional<String> quickCheck(Statement statement) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check(3)")) {
            while (rows.next()) {
                String row = rows.getString(1);
                if (!"ok".equals(row)) {
                    for (String line : row.split("\\R")) {
                        if (!line.isBlank() && !line.startsWith("***")) {
                            problems.add(line.strip());
                        }
                    }
                }
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of("SQLite's check reports \"" + String.join("; ", problems) + "\"");
    }

    /** Remembers damage that SQLite reported during use; any other failure is not damage. */
    void noteFailure(Throwable failure) {
        if (SqliteErrors.isDamage(failure)) {
            damage = "SQLite reports \"" + SqliteErrors.detail(failure) + "\"";
        }
    }

    /**
     * The damage known without waiting when an earlier check passed on the file as it is ({@link
     * CheckedMark}): what was met during use, or what this open's check found if it has finished.
     * Otherwise it waits for the check, as {@link #damage()} does.
     */
    Optional<String> damageKnown() {
        String known = damage;
        if (known != null) {
            return Optional.of(known);
        }
        return vouchedAtOpen && !check.isDone() ? Optional.empty() : damage();
    }

    /** The damage found, waiting for the check if it is still running. */
    Optional<String> damage() {
        startCheck();
        String known = damage;
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while checking " + file + " for damage.", e);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** Whether the check finished, waiting for it at most {@code millis}. */
    boolean checkedWithin(long millis) {
        startCheck();
        try {
            check.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Throws, without writing anything, when the file is damaged. */
    void requireWritable(String failedAction) {
        requireWritable(ProblemTexts.ENGLISH, failedAction);
    }

    /** As {@link #requireWritable(String)}, told in the language of {@code texts}. */
    void requireWritable(ProblemTexts texts, String failedAction) {
        Optional<String> found = damage();
        if (found.isPresent()) {
            throw new StoreException(texts.get("store.failed", failedAction, describe(texts, file, found.get())));
        }
    }

    /** "FILE is damaged: …; Debtmeter will not write to it. The newest backup is …". */
    static String describe(Path file, String damage) {
        return describe(ProblemTexts.ENGLISH, file, damage);
    }

    static String describe(ProblemTexts texts, Path file, String damage) {
        return DatabaseProblem.DAMAGED.describe(texts, file, detail(texts, file, damage));
    }

    /** What follows "is damaged: " — the damage, that nothing is written, and the ways on. */
    static String detail(ProblemTexts texts, Path file, String damage) {
        return texts.get("database.damage.detail", damage, advice(texts, file));
    }

    /** The newest backup and how to restore it, and how to copy out what can still be read. */
    static String advice(ProblemTexts texts, Path file) {
        List<Path> backups;
        try {
            backups = new DatabaseBackups(Clock.systemUTC()).backupsOf(file);
        } catch (IOException | RuntimeException e) {
            backups = List.of();
        }
        String export = texts.get("database.damage.export", String.valueOf(file));
        if (backups.isEmpty()) {
            return texts.get("database.damage.noBackup", String.valueOf(DatabaseBackups.folderOf(file)), export);
        }
        return texts.get("database.damage.newestBackup", String.valueOf(backups.get(0)), String.valueOf(file), export);
    }
}
