package io.debtmeter.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prepared statements of one connection, each prepared once and reused: compiling the SQL again
 * for every answer saved would cost as much as the rest of the save, bar the disk sync.
 */
final class PreparedStatements implements AutoCloseable {

    /** Makes a value of the row a result set stands on. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final SqlDialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Opens the same database again once the connection was lost; null where there is nothing to reconnect to (a file). */
    private final Reconnection reconnection;
    private Connection connection;
    private boolean lost;

    PreparedStatements(Connection connection, SqlDialect dialect) {
        this(connection, dialect, null);
    }

    PreparedStatements(Connection connection, SqlDialect dialect, Reconnection reconnection) {
        this.connection = connection;
        this.dialect = dialect;
        this.reconnection = reconnection;
    }

    /**
     * The connection failed as a lost connection does: the next statement or transaction first
     * connects again (a server's store), so that a save retried after the server came back succeeds.
     */
    void connectionLost() {
        lost = reconnection != null;
    }

    /** Replaces a lost connection by a new one; while the server is away this throws, and stays lost. */
    private void reconnectIfLost() throws SQLException {
        if (!lost) {
            return;
        }
        close();
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // A lost connection is closed by the driver already; nothing of ours is in it.
        }
        connection = reconnection.open();
        lost = false;
    }

    /** The connection now in use: the store closes it last. */
    Connection connection() {
        return connection;
    }

    SqlDialect dialect() {
        return dialect;
    }

    /**
     * Starts a write transaction that is the only Debtmeter write running on the database. SQLite:
     * BEGIN IMMEDIATE as a statement on the auto-commit connection (see {@link WriteTransactions} for
     * why), which takes the file's write lock. PostgreSQL: a JDBC transaction that first takes
     * {@link SqlDialect#WRITE_LOCK}, so writers take turns there too and the checks a write makes
     * before it writes (a draft, a free team name) still hold when it commits; readers never wait.
     */
    void begin() throws SQLException {
        reconnectIfLost();
        if (dialect == SqlDialect.SQLITE) {
            get("BEGIN IMMEDIATE").execute();
        } else {
            connection.setAutoCommit(false);
            try {
                get("SET LOCAL lock_timeout = '" + SqlDialect.WRITE_LOCK_TIMEOUT_SECONDS + "s'").execute();
                try (ResultSet ignored = get("SELECT pg_advisory_xact_lock(" + SqlDialect.WRITE_LOCK + ")").executeQuery()) {
                    // Held until the transaction ends.
                }
            } catch (SQLException e) {
                try {
                    rollback();
                } catch (SQLException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
        }
    }

    /** Commits the transaction {@link #begin()} started; when this returns it is durable. */
    void commit() throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            get("COMMIT").execute();
        } else {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** Undoes the transaction {@link #begin()} started. */
    void rollback() throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            get("ROLLBACK").execute();
        } else {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The statement for this SQL, with its parameters cleared; callers close their ResultSets. */
    PreparedStatement get(String sql) throws SQLException {
        reconnectIfLost();
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** The statement for SQL whose one parameter is an id, with that id bound. */
    PreparedStatement get(String sql, UUID id) throws SQLException {
        PreparedStatement statement = get(sql);
        statement.setString(1, id.toString());
        return statement;
    }

    /** Every row the query returns, in its order. */
    static <T> List<T> all(PreparedStatement select, RowReader<T> reader) throws SQLException {
        List<T> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(reader.read(rows));
            }
        }
        return found;
    }

    /** Every row the query returns, by the key {@code key} reads from it, in the query's order. */
    static <K, V> Map<K, V> byKey(PreparedStatement select, RowReader<K> key, RowReader<V> value) throws SQLException {
        Map<K, V> found = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.put(key.read(rows), value.read(rows));
            }
        }
        return found;
    }

    /** The first row the query returns, if any. */
    static <T> Optional<T> first(PreparedStatement select, RowReader<T> reader) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // The connection is closing anyway, which frees them too.
            }
        }
        prepared.clear();
    }
}
