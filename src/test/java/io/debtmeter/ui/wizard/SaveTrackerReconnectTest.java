package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.StoreUnreachableException;
import io.debtmeter.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the server is away, the wizard's writes wait in memory and are sent again by themselves, in
 * the order they failed, one timer at a time; nothing shows as saved before the store took them; a
 * wizard that left the screen sends nothing more. The timer is fired by hand.
 */
class SaveTrackerReconnectTest {

    /** The one pending timer action, fired when the test says. */
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final SaveTracker tracker = new SaveTracker(new DirectTaskExecutor(), (delay, action) -> {
        delays.add(delay);
        pending.add(action);
    });
    private final List<String> stored = new ArrayList<>();
    private boolean serverUp;

    private void write(String key) {
        tracker.write(key, () -> {
            if (!serverUp) {
                throw new StoreUnreachableException("the server is away", null);
            }
            stored.add(key);
            return key;
        }, saved -> { });
    }

    private void fireTimer() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void writesWaitingForTheServerAreSentAgainInTheOrderTheyFailedOnceItAnswers() {
        write("item-3");
        write("item-1");
        write("action-7");

        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.RECONNECTING);
        assertThat(pending).as("one timer for all of them").hasSize(1);
        assertThat(delays).containsExactly(Duration.ofSeconds(3));
        fireTimer();
        assertThat(stored).as("still away").isEmpty();
        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.RECONNECTING);
        assertThat(pending).hasSize(1);

        serverUp = true;
        fireTimer();

        assertThat(stored).containsExactly("item-3", "item-1", "action-7");
        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(tracker.hasFailures()).isFalse();
        assertThat(pending).isEmpty();
    }

    @Test
    void aLaterChangeOfTheSameItemIsWhatIsSentAndOtherFailuresAreNotRetriedByThemselves() {
        write("item-1");
        tracker.write("item-2", () -> {
            throw new IllegalStateException("disk full");
        }, saved -> { });

        assertThat(tracker.stateProperty().get()).as("a failure of another kind asks for Retry").isEqualTo(SaveState.FAILED);
        serverUp = true;
        fireTimer();

        assertThat(stored).containsExactly("item-1");
        assertThat(tracker.failedKeys()).containsExactly("item-2");
        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.FAILED);
    }

    @Test
    void aWizardThatLeftTheScreenSendsNothingUntilItIsBack() {
        write("item-1");
        tracker.stopRetrying();
        serverUp = true;

        fireTimer();

        assertThat(stored).isEmpty();
        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.RECONNECTING);
        tracker.resumeRetrying();
        fireTimer();
        assertThat(stored).containsExactly("item-1");
        assertThat(tracker.stateProperty().get()).isEqualTo(SaveState.SAVED);
    }
}
