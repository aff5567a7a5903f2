package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two copies of the app on one file: each sees what the other committed, and a long lock is reported, not waited out forever. */
class TwoWindowsTest {

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path folder;

    @Test
    void twoStoresWritingInTurnSeeEachOthersCommits() throws Exception {
        Path file = folder.resolve("shared.db");
        try (AssessmentStore first = SqliteAssessmentStore.open(file);
             AssessmentStore second = SqliteAssessmentStore.open(file)) {
            Team team = first.createTeam("Search");
            assertThat(second.teams()).containsExactly(team);
            Assessment assessment = second.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                    LocalDate.of(2026, 11, 26), "2026-Q4", List.of(), Optional.empty()));

            for (int round = 0; round < 20; round++) {
                AssessmentStore writer = round % 2 == 0 ? first : second;
                AssessmentStore reader = round % 2 == 0 ? second : first;
                ItemResponse response = ItemResponse.open("p1").withAnswer(new Answer.Level(round % 3 * 0.5))
                        .withNote("round " + round);

                writer.saveResponse(assessment.id(), response);

                assertThat(reader.responses(assessment.id())).containsEntry("p1", response);
            }
            second.renameTeam(team.id(), "Search ranking");
            assertThat(first.team(team.id()).orElseThrow().name()).isEqualTo("Search ranking");
        }
    }

    @Test
    void twoStoresWritingAtTheSameTimeBothSucceed() throws Exception {
        Path file = folder.resolve("shared.db");
        try (AssessmentStore first = SqliteAssessmentStore.open(file);
             AssessmentStore second = SqliteAssessmentStore.open(file)) {
            Team team = first.createTeam("Search");
            Assessment assessment = first.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(),
                    LocalDate.of(2026, 11, 26), "2026-Q4", List.of(), Optional.empty()));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = threads.submit(() -> saveMany(first, assessment, "p1"));
                Future<?> b = threads.submit(() -> saveMany(second, assessment, "p2"));
                a.get();
                b.get();
            } finally {
                threads.shutdownNow();
            }

            assertThat(first.responses(assessment.id()).get("p1").note()).isEqualTo("edit 199");
            assertThat(first.responses(assessment.id()).get("p2").note()).isEqualTo("edit 199");
        }
    }

    private static void saveMany(AssessmentStore store, Assessment assessment, String item) {
        for (int i = 0; i < 200; i++) {
            store.saveResponse(assessment.id(), ItemResponse.open(item).withNote("edit " + i));
            if (i % 10 == 0) {
                store.addAction(assessment.id(), item, "action " + i, "", Optional.empty());
            }
        }
    }

    @Test
    void aWriteBlockedLongerThanTheBusyTimeoutFailsSayingTheFileIsInUse() throws Exception {
        Path file = folder.resolve("shared.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file, SHORT_TIMEOUT);
             OtherProgram otherWrites = new OtherProgram(file)) {
            Team team = store.createTeam("Search");
            otherWrites.beginWriting("UPDATE team SET name = 'changing'");
            String before = store.team(team.id()).orElseThrow().name();

            long start = System.nanoTime();
            assertThatThrownBy(() -> store.renameTeam(team.id(), "Ranking"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Could not rename the team: ")
                    .hasMessageContaining("is in use by another program (another Debtmeter window?)");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(waited).isBetween(SHORT_TIMEOUT.minusMillis(50), Duration.ofSeconds(3));
            assertThat(before).isEqualTo("Search");
            otherWrites.execute("ROLLBACK");
            assertThat(store.renameTeam(team.id(), "Ranking").name()).isEqualTo("Ranking");
        }
    }

    @Test
    void openingWhileAnotherProgramHoldsTheWriteLockIsInUse() throws Exception {
        Path file = folder.resolve("shared.db");
        SqliteAssessmentStore.open(file).close();
        try (OtherProgram otherWrites = new OtherProgram(file)) {
            otherWrites.beginWriting("INSERT INTO team VALUES ('x', 'X', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");

            assertThatThrownBy(() -> SqliteAssessmentStore.open(file, SHORT_TIMEOUT))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.problem()).isEqualTo(DatabaseProblem.IN_USE))
                    .hasMessage(file.toAbsolutePath() + " is in use by another program (another Debtmeter window?)."
                            + " Close it, then try again.");
        }
    }

    @Test
    void aReaderIsNotBlockedByAnotherProgramsOpenWrite() throws Exception {
        Path file = folder.resolve("shared.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file, SHORT_TIMEOUT);
             OtherProgram otherWrites = new OtherProgram(file)) {
            Team team = store.createTeam("Search");
            otherWrites.beginWriting("UPDATE team SET name = 'uncommitted'");

            assertThat(store.teams()).containsExactly(team);
            otherWrites.execute("COMMIT");
            assertThat(store.teams()).extracting(Team::name).containsExactly("uncommitted");
        }
    }

    /** Another program on the same file, with its own plain SQLite connection. */
    static final class OtherProgram implements AutoCloseable {

        private final Connection connection;
        private final Statement statement;

        OtherProgram(Path file) throws SQLException {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            statement = connection.createStatement();
        }

        /** Takes the write lock and makes this change, leaving it uncommitted. */
        void beginWriting(String change) throws SQLException {
            statement.execute("BEGIN IMMEDIATE");
            statement.executeUpdate(change);
        }

        void execute(String sql) throws SQLException {
            statement.execute(sql);
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                statement.close();
            }
        }
    }
}
