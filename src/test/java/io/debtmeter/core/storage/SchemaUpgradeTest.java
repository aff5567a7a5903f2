package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricWriter;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A file written by the first release (schema 1, no targets) opened by this one: backed up as it
 * was, then migrated, with every answer still there.
 */
class SchemaUpgradeTest {

    private static final String TEAM = "6f1c6a7e-0000-4000-8000-000000000001";
    private static final String ASSESSMENT = "6f1c6a7e-0000-4000-8000-000000000002";
    private static final String DONE_ACTION = "6f1c6a7e-0000-4000-8000-000000000003";
    private static final String OPEN_ACTION = "6f1c6a7e-0000-4000-8000-000000000004";

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30.123Z"));

    /** Exactly what the first release leaves: Flyway run up to version 1 only, then its rows. */
    private Path version1FileWithData() throws Exception {
        Path file = folder.resolve("debtmeter.db");
        SqliteConnections connections = new SqliteConnections(file, Duration.ofSeconds(5));
        Flyway.configure(SchemaUpgradeTest.class.getClassLoader())
                .dataSource(connections.writableDataSource())
                .locations("classpath:" + MigrationScripts.LOCATION)
                .target("1")
                .loggers("slf4j")
                .load()
                .migrate();
        Rubric rubric = TestRubrics.tiny();
        byte[] snapshot = new RubricWriter().toJson(rubric);
        String hash = RubricSnapshots.sha256(snapshot);
        try (Connection connection = connections.openWritable(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO team VALUES ('" + TEAM + "', 'Search', 'search',"
                    + " '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')");
            statement.executeUpdate("INSERT INTO rubric_snapshot VALUES ('" + hash + "', 'tiny', '1.0', '"
                    + new String(snapshot, StandardCharsets.UTF_8).replace("'", "''") + "')");
            statement.executeUpdate("INSERT INTO assessment VALUES ('" + ASSESSMENT + "', '" + TEAM + "', 'tiny', '1.0', '"
                    + hash + "', '2026-02-01', '2026-Q1', '[\"Aiko\"]', 'final',"
                    + " '2026-02-01T10:00:00.000Z', '2026-02-01T11:00:00.000Z')");
            statement.executeUpdate("INSERT INTO response (id, assessment_id, item_id, state, level, note, updated_at)"
                    + " VALUES ('" + UUID.randomUUID() + "', '" + ASSESSMENT + "', 'p1', 'level', 0.5, 'half way',"
                    + " '2026-02-01T10:30:00.000Z')");
            statement.executeUpdate("INSERT INTO action_item VALUES ('" + DONE_ACTION + "', '" + TEAM + "', '" + ASSESSMENT
                    + "', 'p1', 'Add a data test', 'Aiko', NULL, 'done', '2026-02-01T10:40:00.000Z',"
                    + " '2026-03-15T08:00:00.000Z')");
            statement.executeUpdate("INSERT INTO action_item VALUES ('" + OPEN_ACTION + "', '" + TEAM + "', '" + ASSESSMENT
                    + "', 'p1', 'Write the runbook', '', NULL, 'open', '2026-02-01T10:41:00.000Z',"
                    + " '2026-02-01T10:41:00.000Z')");
        }
        return file;
    }

    @Test
    void aVersion1FileIsBackedUpAsItWasThenMigratedKeepingEveryAnswer() throws Exception {
        Path file = version1FileWithData();
        String before = DatabaseDump.of(file);
        assertThat(DatabaseDump.single(file, "SELECT group_concat(version) FROM flyway_schema_history")).isEqualTo("1");

        try (AssessmentStore store = SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock)) {
            Path backup = folder.resolve("backups/debtmeter-20261126-101530-123-schema1.db");
            assertThat(new DatabaseBackups(clock).backupsOf(file)).containsExactly(backup);
            assertThat(DatabaseDump.of(backup)).isEqualTo(before).doesNotContain("== target");
            assertThat(DatabaseDump.single(backup, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(DatabaseDump.single(file, "SELECT group_concat(version) FROM flyway_schema_history WHERE success = 1"))
                    .isEqualTo("1,2,3,4,5,6,7,8,9");

            Team team = store.teams().get(0);
            assertThat(team.name()).isEqualTo("Search");
            Assessment assessment = store.latestAssessments().get(team.id());
            assertThat(assessment.id()).hasToString(ASSESSMENT);
            assertThat(assessment.participants()).containsExactly("Aiko");
            assertThat(store.responses(assessment.id()).get("p1").answer()).contains(new Answer.Level(0.5));
            assertThat(store.responses(assessment.id()).get("p1").note()).isEqualTo("half way");
            assertThat(store.rubricOf(assessment.id())).isEqualTo(TestRubrics.tiny());
            // V3's score cache starts empty and fills from the old answers: p1 = 0.5 alone -> debt 50.
            assertThat(store.scoreSummaries(List.of(assessment.id())).get(assessment.id()).debtIndex()).hasValue(50.0);
            // V4: a done action closed when it was last changed (all that was known), an open one not at all.
            assertThat(store.actions(team.id())).extracting(a -> a.id().toString(), a -> a.closedAt())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(OPEN_ACTION, java.util.Optional.empty()),
                            org.assertj.core.groups.Tuple.tuple(DONE_ACTION,
                                    java.util.Optional.of(Instant.parse("2026-03-15T08:00:00.000Z"))));
            assertThat(DatabaseDump.single(file, "SELECT count(*) FROM action_item WHERE closed_at IS NULL")).isEqualTo("1");
            store.setCategoryTarget(assessment.id(), "c1", OptionalDouble.of(75));
            assertThat(store.targets(assessment.id()).forCategory("c1")).hasValue(75);
        }
        clock.advance(Duration.ofHours(1));
        SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock).close();
        assertThat(new DatabaseBackups(clock).backupsOf(file)).as("nothing left to migrate, nothing to back up").hasSize(1);
    }

    @Test
    void theBackupMadeBeforeTheUpgradeIsPrivateLikeTheDatabase() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = version1FileWithData();
        // As the first release left it: readable by everyone.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SqliteAssessmentStore.open(file, Duration.ofSeconds(5), clock).close();

        Path backup = new DatabaseBackups(clock).backupsOf(file).get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
