package io.debtmeter.core.storage;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How every connection to a Debtmeter file is made. SQLite settings are per connection (a fresh
 * one has foreign keys off), so they are applied here, each time, and nowhere else.
 */
final class SqliteConnections {

    static {
        // Before the driver loads its native library, the first time this process opens a file.
        SqliteNativeLibrary.useCachedCopy(io.debtmeter.core.platform.UserDirectories.ofThisMachine().cacheFolder());
    }

    private final Path file;
    private final Duration busyTimeout;

    SqliteConnections(Path file, Duration busyTimeout) {
        this.file = file;
        this.busyTimeout = busyTimeout;
    }

    /**
     * WAL: readers and one writer work side by side, and a commit is one append to the log.
     * synchronous=FULL: the log is synced at each commit, so a committed change survives a power
     * cut, not only a crash. IMMEDIATE: a transaction takes the write lock when it begins, so a
     * transaction that reads then writes waits for another writer (busy timeout) instead of
     * failing at once with SQLITE_BUSY halfway.
     */
    SQLiteConfig writableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(timeoutMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    Connection openWritable() throws SQLException {
        return writableConfig().createConnection(url());
    }

    /** For Flyway, which opens and closes its own connections: the same settings. */
    SQLiteDataSource writableDataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(writableConfig());
        dataSource.setUrl(url());
        return dataSource;
    }

    /**
     * Reads without writing to the main file. SQLite may still create the -wal and -shm files
     * beside a WAL database (it needs the shared memory to see what other connections commit).
     */
    Connection openReadOnly() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(timeoutMillis());
        return config.createConnection(url());
    }

    /**
     * Reads the main file alone, creating nothing beside it and taking no locks. Only right when
     * no other program can be writing it: no -wal beside it, or a folder nobody can write to.
     */
    Connection openImmutable() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    Path file() {
        return file;
    }

    private String url() {
        return "jdbc:sqlite:" + file;
    }

    private int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis());
    }
}
