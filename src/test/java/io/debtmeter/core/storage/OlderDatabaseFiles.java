package io.debtmeter.core.storage;

import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Database files as earlier Debtmeter versions left them, built with the real migrations up to a version. */
public final class OlderDatabaseFiles {

    private OlderDatabaseFiles() {
    }

    /**
     * What Debtmeter left before it stamped its files (schema 4, before "don't know" answers): Flyway run up
     * to version 4, no application id, and one team named "Search".
     */
    public static Path schemaFourWithOneTeam(Path file) throws Exception {
        String url = "jdbc:sqlite:" + file;
        Flyway.configure(OlderDatabaseFiles.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:" + MigrationScripts.LOCATION)
                .target("4")
                .loggers("slf4j")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO team VALUES ('0b6f4e1e-0000-4000-8000-000000000001', 'Search', 'search',"
                    + " '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')");
        }
        return file;
    }
}
