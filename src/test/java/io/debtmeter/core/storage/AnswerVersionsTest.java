package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AnswerConflictException;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two facilitators on one assessment (decision 0032): each answer row counts its saves, a save based
 * on a version that is no longer stored is refused with the other person's answer, and nothing is
 * overwritten unseen. Run on every store: two laptops on one server, or two windows on one file.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class AnswerVersionsTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00.250Z");

    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(START);
    private TestDatabase database;
    private AssessmentStore mine;
    private AssessmentStore theirs;
    private Assessment assessment;

    @BeforeEach
    void twoStoresOnOneDatabase() {
        database = TestDatabase.create(dialect, folder, "shared.db");
        mine = database.open(clock);
        theirs = database.open(clock);
        Team team = mine.createTeam("Search");
        assessment = mine.createAssessment(new NewAssessment(team.id(), TestRubrics.tiny(), LocalDate.of(2026, 12, 7),
                "2026-Q4", List.of(), Optional.empty()));
    }

    @AfterEach
    void close() {
        mine.close();
        theirs.close();
    }

    private static ItemResponse level(double value, String note) {
        return ItemResponse.open("p1").withAnswer(new Answer.Level(value)).withNote(note);
    }

    @Test
    void aFirstSaveIsVersionOneAndEachSaveAddsOne() {
        assertThat(mine.storedResponses(assessment.id())).isEmpty();

        long first = mine.saveResponse(assessment.id(), level(1.0, "first"), StoredResponse.NEVER_SAVED);
        clock.advance(Duration.ofMinutes(3));
        long second = mine.saveResponse(assessment.id(), level(0.5, "second"), first);

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        StoredResponse stored = theirs.storedResponses(assessment.id()).get("p1");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.response()).isEqualTo(level(0.5, "second"));
        assertThat(stored.savedAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithTheirAnswerAndChangesNothing() {
        long theirVersion = theirs.saveResponse(assessment.id(), level(1.0, "theirs"), StoredResponse.NEVER_SAVED);
        String before = database.dump();

        assertThatThrownBy(() -> mine.saveResponse(assessment.id(), level(0.5, "mine"), StoredResponse.NEVER_SAVED))
                .isInstanceOfSatisfying(AnswerConflictException.class, conflict -> {
                    assertThat(conflict.theirs().response()).isEqualTo(level(1.0, "theirs"));
                    assertThat(conflict.theirs().version()).isEqualTo(theirVersion).isEqualTo(1);
                    assertThat(conflict.getMessage()).contains("Someone else saved a different answer");
                });

        assertThat(database.dump()).isEqualTo(before);
        // Keeping mine after seeing theirs: based on their version, it is saved.
        assertThat(mine.saveResponse(assessment.id(), level(0.5, "mine"), theirVersion)).isEqualTo(2);
        assertThat(theirs.responses(assessment.id())).containsEntry("p1", level(0.5, "mine"));
    }

    @Test
    void theSameAnswerSavedByBothIsNoConflict() {
        theirs.saveResponse(assessment.id(), level(1.0, "agreed"), StoredResponse.NEVER_SAVED);

        long version = mine.saveResponse(assessment.id(), level(1.0, "agreed"), StoredResponse.NEVER_SAVED);

        assertThat(version).isEqualTo(1);
        assertThat(mine.storedResponses(assessment.id()).get("p1").version()).isEqualTo(1);
    }

    @Test
    void savesThatDoNotAskForAVersionCountToo() {
        theirs.saveResponse(assessment.id(), level(1.0, "import"));
        theirs.saveResponse(assessment.id(), level(0.5, "import again"));

        assertThat(mine.storedResponses(assessment.id()).get("p1").version()).isEqualTo(2);
        assertThatThrownBy(() -> mine.saveResponse(assessment.id(), level(0.0, "stale"), 1))
                .isInstanceOf(AnswerConflictException.class);
    }

    @Test
    void aFinalAssessmentRefusesAVersionedSave() {
        mine.finish(assessment.id());

        assertThatThrownBy(() -> theirs.saveResponse(assessment.id(), level(1.0, "late"), StoredResponse.NEVER_SAVED))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(AnswerConflictException.class)
                .hasMessageContaining("final");
        assertThat(mine.storedResponses(assessment.id())).isEmpty();
    }

    /** Both based on the same version, at the same moment, round after round: exactly one wins each round. */
    @Test
    void twoStoresRacingOnOneAnswerExactlyOneWinsAndTheOtherSeesTheWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long version = StoredResponse.NEVER_SAVED;
            for (int round = 0; round < 15; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                long base = version;
                ItemResponse ours = level(round % 2 * 0.5, "mine " + round);
                ItemResponse other = level(1.0 - round % 3 * 0.5, "theirs " + round);
                Future<Long> a = pool.submit(racer(mine, start, ours, base));
                Future<Long> b = pool.submit(racer(theirs, start, other, base));

                List<ItemResponse> winners = new ArrayList<>();
                List<AnswerConflictException> losers = new ArrayList<>();
                collect(a, ours, winners, losers);
                collect(b, other, winners, losers);

                assertThat(winners).as("round %d", round).hasSize(1);
                assertThat(losers).as("round %d", round).hasSize(1);
                assertThat(losers.getFirst().theirs().response()).isEqualTo(winners.getFirst());
                assertThat(losers.getFirst().theirs().version()).isEqualTo(base + 1);
                StoredResponse stored = mine.storedResponses(assessment.id()).get("p1");
                assertThat(stored.response()).isEqualTo(winners.getFirst());
                version = stored.version();
                assertThat(version).isEqualTo(base + 1);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Callable<Long> racer(AssessmentStore store, CyclicBarrier start, ItemResponse response, long base) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            return store.saveResponse(assessment.id(), response, base);
        };
    }

    private static void collect(Future<Long> result, ItemResponse saved, List<ItemResponse> winners,
                                List<AnswerConflictException> losers) throws Exception {
        try {
            result.get(60, TimeUnit.SECONDS);
            winners.add(saved);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof AnswerConflictException conflict)) {
                throw e;
            }
            losers.add(conflict);
        }
    }
}
