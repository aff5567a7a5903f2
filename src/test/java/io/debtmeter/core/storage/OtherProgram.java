package io.debtmeter.core.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another program on the same SQLite file, with its own plain connection: it takes locks and leaves
 * changes uncommitted where a test needs the file in use.
 */
public final class OtherProgram implements AutoCloseable {

    private final Connection connection;
    private final Statement statement;

    public OtherProgram(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        statement = connection.createStatement();
    }

    /** Takes the write lock and makes this change, leaving it uncommitted. */
    public void beginWriting(String change) throws SQLException {
        statement.execute("BEGIN IMMEDIATE");
        statement.executeUpdate(change);
    }

    public void execute(String sql) throws SQLException {
        statement.execute(sql);
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            statement.close();
        }
    }
}
