package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.StoreException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export's second thread: teams in order, a reading failure thrown as it was, and no reading left running. */
class TeamsReadAheadTest {

    @Test
    void handsEveryTeamOverInOrder() throws Exception {
        List<Integer> teams = IntStream.range(0, 500).boxed().toList();
        List<String> read = new ArrayList<>();
        try (TeamsReadAhead<Integer, String> ahead = new TeamsReadAhead<>(teams, team -> "team " + team)) {
            for (int i = 0; i < teams.size(); i++) {
                read.add(ahead.next());
            }
        }
        assertThat(read).isEqualTo(teams.stream().map(team -> "team " + team).toList());
    }

    @Test
    void aFailureWhileReadingIsThrownAsItWasAfterTheTeamsBeforeIt() throws Exception {
        StoreException failure = new StoreException("The database changed while it was being exported.");
        try (TeamsReadAhead<Integer, Integer> ahead = new TeamsReadAhead<>(List.of(1, 2, 3), team -> {
            if (team == 3) {
                throw failure;
            }
            return team;
        })) {
            assertThat(ahead.next()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isSameAs(failure);
        }
    }

    @Test
    void closingEarlyStopsTheReaderSoonAndWaitsForIt() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (TeamsReadAhead<Integer, Integer> ahead = new TeamsReadAhead<>(IntStream.range(0, 10_000).boxed().toList(),
                team -> reads.incrementAndGet())) {
            ahead.next();
        }
        int afterClose = reads.get();
        Thread.sleep(100);
        // A few read ahead of the one taken, then none: the rest of the database is never read.
        assertThat(reads.get()).isEqualTo(afterClose).isLessThan(10);
    }
}
