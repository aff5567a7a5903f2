package io.debtmeter.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, each prepared once and reused: compiling the SQL again
 * for every answer saved would cost as much as the rest of the save, bar the disk sync.
 */
final class PreparedStatements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, with its parameters cleared; callers close their ResultSets. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
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
