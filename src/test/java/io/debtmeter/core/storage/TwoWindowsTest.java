package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.debtmeter.core.storage.DatabaseRefusals.assertRefusedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two copies of the app on one SQLite file: a long lock is reported, not waited out forever, and a
 * reader does not wait for a writer. (That each sees what the other committed: {@link TwoStoresTest}.)
 */
class TwoWindowsTest {

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path folder;

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

            assertRefusedAs(DatabaseProblem.IN_USE, () -> SqliteAssessmentStore.open(file, SHORT_TIMEOUT))
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
}
