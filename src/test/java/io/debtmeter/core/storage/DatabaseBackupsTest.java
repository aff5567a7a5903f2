package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseBackupsTest {

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30.123Z"));

    private Path fileWithData() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            Team team = store.createTeam("Search");
            Assessment assessment = store.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                    LocalDate.of(2026, 11, 26), "2026-Q4", List.of("Aiko"), Optional.empty()));
            store.saveResponse(assessment.id(), ItemResponse.open("p1").withAnswer(new Answer.Level(1)).withNote("日本"));
        }
        return file;
    }

    @Test
    void aBackupIsAValidCopyWithTheSameRows() throws Exception {
        Path file = fileWithData();

        Path backup;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            backup = new DatabaseBackups(clock).backUp(connection, file, "schema1");
        }

        assertThat(backup).isEqualTo(folder.resolve("backups/debtmeter-20261126-101530-123-schema1.db"));
        assertThat(DatabaseDump.single(backup, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(DatabaseDump.of(backup)).isEqualTo(DatabaseDump.of(file)).contains("日本");
        assertThat(Files.list(backup.getParent())).containsExactly(backup);
    }

    @Test
    void onlyTheNewestTenAreKept() throws Exception {
        Path file = fileWithData();
        DatabaseBackups backups = new DatabaseBackups(clock);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int i = 0; i < 12; i++) {
                backups.backUp(connection, file, "schema1");
                clock.advance(Duration.ofHours(1));
            }
        }

        List<Path> kept = backups.backupsOf(file);
        assertThat(kept).hasSize(DatabaseBackups.KEPT);
        assertThat(kept.get(0).getFileName()).hasToString("debtmeter-20261126-211530-123-schema1.db");
        assertThat(kept.get(9).getFileName()).hasToString("debtmeter-20261126-121530-123-schema1.db");
        assertThat(folder.resolve("backups/debtmeter-20261126-111530-123-schema1.db")).doesNotExist();
        assertThat(Files.list(folder.resolve("backups"))).hasSize(DatabaseBackups.KEPT);
    }

    @Test
    void backupsInTheSameMillisecondGetDistinctNamesInOrder() throws Exception {
        Path file = fileWithData();
        DatabaseBackups backups = new DatabaseBackups(clock);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Path first = backups.backUp(connection, file, "schema1");
            Path second = backups.backUp(connection, file, "schema1");

            assertThat(second).isNotEqualTo(first);
            assertThat(backups.backupsOf(file)).containsExactly(second, first);
        }
    }

    @Test
    void backupsOfAnotherDatabaseInTheSameFolderAreLeftAlone() throws Exception {
        Path file = fileWithData();
        Path otherBackup = Files.createDirectories(folder.resolve("backups"))
                .resolve("debtmeter-old-20200101-000000-000-schema1.db");
        Files.writeString(otherBackup, "not ours");
        DatabaseBackups backups = new DatabaseBackups(clock);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int i = 0; i < 11; i++) {
                backups.backUp(connection, file, "schema1");
                clock.advance(Duration.ofSeconds(1));
            }
        }

        assertThat(otherBackup).exists();
        assertThat(backups.backupsOf(file)).hasSize(DatabaseBackups.KEPT).doesNotContain(otherBackup);
    }

    /**
     * An older file: Flyway's history says schema 0 (a baseline), so V1 is pending. Opening must
     * back it up first, then migrate. Only Debtmeter's stamp says a baseline-only history is ours.
     */
    @Test
    void openingAFileWithDataAndAPendingMigrationBacksItUpFirst() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        DatabaseFiles.execute(file, "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY,"
                + " version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL,"
                + " script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100) NOT NULL,"
                + " installed_on TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),"
                + " execution_time INT NOT NULL, success BOOLEAN NOT NULL)",
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, installed_by, execution_time, success)"
                + " VALUES (1, '0', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', 'test', 0, 1)",
                "PRAGMA application_id = " + SchemaState.OURS);
        String before = DatabaseDump.of(file);

        SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock).close();

        Path backup = folder.resolve("backups/debtmeter-20261126-101530-123-schema0.db");
        assertThat(new DatabaseBackups(clock).backupsOf(file)).containsExactly(backup);
        assertThat(DatabaseDump.of(backup)).isEqualTo(before);
        assertThat(DatabaseDump.single(file, "SELECT group_concat(version) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo("0,1,2,3,4,5,6,7,8,9");
    }
}
