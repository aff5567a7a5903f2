package io.debtmeter.core.storage;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table as text, read through a separate connection: "nothing changed" made checkable. */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String of(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables(statement, tables, "rowid");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of these tables as text, each table's rows in {@code order}: SQLite's and PostgreSQL's dumps. */
    static String tables(Statement statement, List<String> tables, String order) throws SQLException {
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            dump.append("== ").append(table).append('\n');
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        dump.append(meta.getColumnName(i)).append('=').append(rows.getString(i)).append(' ');
                    }
                    dump.append('\n');
                }
            }
        }
        return dump.toString();
    }

    /** One value of a query, through a separate connection. */
    public static String single(Path file, String sql) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
