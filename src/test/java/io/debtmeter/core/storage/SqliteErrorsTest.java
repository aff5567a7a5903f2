package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The failures SQLite really raises, each made to happen for real: a full disk (SQLITE_FULL, by
 * capping the file's size with max_page_count: filling a real disk is not something a test can
 * do), a read-only database, another writer's lock.
 */
class SqliteErrorsTest {

    @TempDir
    Path folder;

    @Test
    void aFullDatabaseIsDiskFull() throws Exception {
        Path file = folder.resolve("full.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE t (x BLOB)");
            statement.execute("PRAGMA max_page_count = 4");

            SQLException full = catchThrowableOfType(SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO t VALUES (randomblob(100000))"));

            assertThat(SqliteErrors.classify(full)).isEqualTo(DatabaseProblem.DISK_FULL);
            StoreException told = SqliteErrors.storeFailure("Could not save the answer", file, full);
            assertThat(told).hasMessage("Could not save the answer: the disk holding " + file
                    + " is full. Nothing was changed; free some space and try again.");
        }
    }

    @Test
    void aReadOnlyConnectionIsAReadOnlyLocation() throws Exception {
        Path file = folder.resolve("ro.db");
        DatabaseFiles.execute(file, "CREATE TABLE t (x)");
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            SQLException refused = catchThrowableOfType(SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO t VALUES (1)"));

            assertThat(SqliteErrors.classify(refused)).isEqualTo(DatabaseProblem.READ_ONLY_LOCATION);
        }
    }

    @Test
    void anotherWritersLockIsInUse() throws Exception {
        Path file = folder.resolve("busy.db");
        SQLiteConfig impatient = new SQLiteConfig();
        impatient.setBusyTimeout(50);
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement holding = holder.createStatement();
             Connection other = impatient.createConnection("jdbc:sqlite:" + file);
             Statement waiting = other.createStatement()) {
            holding.executeUpdate("CREATE TABLE t (x)");
            holding.execute("BEGIN IMMEDIATE");

            SQLException busy = catchThrowableOfType(SQLException.class, () -> waiting.execute("BEGIN IMMEDIATE"));

            assertThat(SqliteErrors.classify(busy)).isEqualTo(DatabaseProblem.IN_USE);
            assertThat(SqliteErrors.detail(busy)).isEqualTo("database is locked");
        }
    }

    @Test
    void noSpaceFromTheFileSystemIsDiskFullAndAnythingElseUnreadable() {
        assertThat(SqliteErrors.classify(new IOException("No space left on device"))).isEqualTo(DatabaseProblem.DISK_FULL);
        assertThat(SqliteErrors.classify(new SQLException("something odd"))).isEqualTo(DatabaseProblem.UNREADABLE);
        assertThat(SqliteErrors.classify(new RuntimeException(new IOException("No space left on device"))))
                .isEqualTo(DatabaseProblem.DISK_FULL);
    }

    /**
     * SQLite reports a write that met a disk with 0 bytes free as a plain I/O error ("disk I/O
     * error"), seen by a tester on a full disk. Filling a real disk is not for a test: the free space
     * is given, the error is SQLite's own code.
     */
    @Test
    void anIoErrorOnADiskWithNoSpaceLeftIsDiskFullAndOnADiskWithSpaceItIsNot() {
        SQLException ioError = new org.sqlite.SQLiteException("[SQLITE_IOERR] disk I/O error",
                org.sqlite.SQLiteErrorCode.SQLITE_IOERR);
        Path file = folder.resolve("team.db");

        assertThat(SqliteErrors.classify(ioError, file, path -> 0)).isEqualTo(DatabaseProblem.DISK_FULL);
        assertThat(SqliteErrors.classify(ioError, file, path -> 4096)).isEqualTo(DatabaseProblem.UNREADABLE);
        assertThat(SqliteErrors.classify(ioError, file, path -> -1)).isEqualTo(DatabaseProblem.UNREADABLE);
    }
}
