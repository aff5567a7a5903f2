package io.debtmeter.core.exchange;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records' own thread: in order, every one done at a drain, a failure thrown there, nothing left behind. */
class RecordStageTest {

    @Test
    void recordsRunInTheOrderHandedAndAreAllDoneAtADrain() {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        try (RecordStage stage = new RecordStage("test-records")) {
            for (int i = 0; i < 500; i++) {
                int record = i;
                stage.submit(() -> done.add(record));
            }
            stage.drain();
            assertThat(done).hasSize(500);
            for (int i = 0; i < 500; i++) {
                assertThat(done.get(i)).isEqualTo(i);
            }
        }
    }

    @Test
    void aFailureIsThrownAtTheDrainAsItWasThrownAndTheRecordsAfterItArePassedOver() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        IllegalArgumentException failure = new IllegalArgumentException("record 2 is wrong");
        try (RecordStage stage = new RecordStage("test-records")) {
            stage.submit(() -> done.add("1"));
            stage.submit(() -> {
                throw failure;
            });
            stage.submit(() -> done.add("3"));

            assertThatThrownBy(stage::drain).isSameAs(failure);
            assertThat(done).containsExactly("1");
            // Asked again, it answers the same: the walk may drain once more on its way out.
            assertThatThrownBy(stage::drain).isSameAs(failure);
        }
    }

    @Test
    void closingStopsTheThreadAndPassesOverWhatStillWaits() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        RecordStage stage = new RecordStage("test-records-closed");
        stage.submit(() -> {
            started.countDown();
            awaitQuietly(release);
            done.add("first");
        });
        // Records are handed on a batch at a time: the rest of the first batch waits behind the first.
        for (int i = 1; i < RecordStage.BATCH; i++) {
            stage.submit(() -> done.add("second"));
        }
        stage.submit(() -> done.add("in the next batch"));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // The walk's thread closes while a record still runs: close waits for that one, not for the rest.
        // The record is let go a second later, long after close has passed over what waits.
        Thread.ofPlatform().start(() -> {
            sleepQuietly(1_000);
            release.countDown();
        });
        stage.close();

        assertThat(done).containsExactly("first");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-records-closed"));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
