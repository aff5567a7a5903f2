package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Team;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/** Database files in states the app must cope with, for tests of any layer. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    /** A valid file made by the store, holding one team of this name. */
    public static Team withTeam(Path file, String teamName) {
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            return store.createTeam(teamName);
        }
    }

    /** The names of the file's teams, as a store opened read-only shows them. */
    public static List<String> teamNamesReadOnly(Path file) {
        try (AssessmentStore viewer = SqliteAssessmentStore.openReadOnly(file)) {
            return viewer.teams().stream().map(Team::name).toList();
        }
    }

    /** A valid file, then a row for a migration from the future, as a newer Debtmeter would leave it. */
    public static Team newerVersionFile(Path file) throws Exception {
        Team team = withTeam(file, "From the future");
        update(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'test', 0, 1)");
        return team;
    }

    /** Runs these statements through a connection of its own, as another program on the same file would. */
    /** A file that starts like an SQLite database and holds nothing SQLite can read: a damaged one. */
    public static Path damaged(Path file) throws IOException {
        byte[] content = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 16);
        for (int i = 16; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        return java.nio.file.Files.write(file, content);
    }

    public static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }

    /** One update through a connection of its own (see {@link #execute}); the number of rows it changed. */
    public static int update(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** A backup of the file, taken as the store takes one before it migrates; where the backup is. */
    public static Path backUp(Path file, String label) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return new DatabaseBackups(Clock.systemUTC()).backUp(connection, file, label);
        }
    }
}
