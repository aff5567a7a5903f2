package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Database files in states the app must cope with, for tests of any layer. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    /** A valid file, then a row for a migration from the future, as a newer Debtmeter would leave it. */
    public static Team newerVersionFile(Path file) throws Exception {
        Team team;
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            team = store.createTeam("From the future");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'test', 0, 1)");
        }
        return team;
    }
}
