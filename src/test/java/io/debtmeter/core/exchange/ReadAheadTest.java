package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.StoreException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second thread of export and import: teams in order, a failure thrown as it was, and nothing left running. */
class ReadAheadTest {

    @Test
    void handsEveryTeamOverInOrder() throws Exception {
        List<Integer> teams = IntStream.range(0, 500).boxed().toList();
        List<String> read = new ArrayList<>();
        try (ReadAhead<String, String> ahead = new ReadAhead<>("test", each -> {
            teams.forEach(team -> each.accept("team " + team));
            return "the end";
        })) {
            for (String team = ahead.next(); team != null; team = ahead.next()) {
                read.add(team);
            }
            assertThat(ahead.result()).isEqualTo("the end");
            assertThat(ahead.next()).isNull();
        }
        assertThat(read).isEqualTo(teams.stream().map(team -> "team " + team).toList());
    }

    @Test
    void aFailureWhileReadingIsThrownAsItWasAfterTheTeamsBeforeIt() throws Exception {
        StoreException failure = new StoreException("The database changed while it was being exported.");
        try (ReadAhead<Integer, Void> ahead = new ReadAhead<>("test", each -> {
            each.accept(1);
            each.accept(2);
            throw failure;
        })) {
            assertThat(ahead.next()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isSameAs(failure);
        }
    }

    @Test
    void aCheckedFailureOfTheFileIsThrownAsItWas() {
        InvalidExchangeFileException invalid = new InvalidExchangeFileException("file.json",
                List.of(new ExchangeProblem("file.json", "/teams/0", 1, 1, "wrong")));
        try (ReadAhead<Integer, Void> ahead = new ReadAhead<>("test", each -> {
            throw invalid;
        })) {
            assertThatThrownBy(ahead::next).isSameAs(invalid);
        }
    }

    @Test
    void closingEarlyStopsTheReaderSoonAndWaitsForIt() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (ReadAhead<Integer, Void> ahead = new ReadAhead<>("test", each -> {
            IntStream.range(0, 10_000).forEach(team -> each.accept(reads.incrementAndGet()));
            return null;
        })) {
            ahead.next();
        }
        int afterClose = reads.get();
        Thread.sleep(100);
        // A few read ahead of the one taken, then none: the rest of the database is never read.
        assertThat(reads.get()).isEqualTo(afterClose).isLessThan(10);
    }
}
