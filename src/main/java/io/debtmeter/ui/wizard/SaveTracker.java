package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.StoreUnreachableException;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs every write of the wizard through the executor and keeps the save indicator honest:
 * "Saved" only once no write is in flight and none failed. A failed write is remembered under its
 * key (an item id, an action) until a later write of the same key succeeds or {@link #retry()} does.
 * Writes refused because the database server cannot be reached are sent again by themselves, in the
 * order they failed, every {@link #RECONNECT_DELAY} until the server answers.
 */
final class SaveTracker {

    static final Duration RECONNECT_DELAY = Duration.ofSeconds(3);

    /** Runs something once after a delay, on the JavaFX thread: a timer in the app, by hand in a test. */
    @FunctionalInterface
    interface Timer {
        void after(Duration delay, Runnable action);

        /** JavaFX's: a pause on the application thread. */
        static Timer fx() {
            return (delay, action) -> {
                PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                pause.setOnFinished(event -> action.run());
                pause.play();
            };
        }
    }

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.IDLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> failedKeys = FXCollections.observableSet();
    private final ObservableSet<String> failedKeysView = FXCollections.unmodifiableObservableSet(failedKeys);
    private final Map<String, Runnable> retries = new LinkedHashMap<>();
    private final Map<String, Long> latestVersion = new HashMap<>();
    /** Keys whose latest write failed because the server could not be reached. */
    private final Set<String> waitingForServer = new HashSet<>();
    private final Timer timer;
    private int inFlight;
    private boolean editing;
    private boolean anySaved;
    private boolean reconnectScheduled;
    /** The wizard is gone: writes waiting for the server are no longer sent (see {@link #stopRetrying()}). */
    private boolean stopped;

    SaveTracker(TaskExecutor executor) {
        this(executor, Timer.fx());
    }

    SaveTracker(TaskExecutor executor, Timer timer) {
        this.executor = executor;
        this.timer = timer;
    }

    /**
     * Writes through the executor. Each write of a key carries the whole new state of that key, so
     * only the outcome of its latest write counts; an older failure is superseded by a newer write.
     */
    <T> void write(String key, Callable<T> work, Consumer<T> onSaved) {
        write(key, work, onSaved, failure -> { });
    }

    /** As {@link #write(String, Callable, Consumer)}; {@code onFailed} also hears the latest write's failure. */
    <T> void write(String key, Callable<T> work, Consumer<T> onSaved, Consumer<Throwable> onFailed) {
        long version = latestVersion.merge(key, 1L, Long::sum);
        inFlight++;
        refresh();
        executor.execute(work, result -> {
            inFlight--;
            anySaved = true;
            if (version == latestVersion.get(key)) {
                forget(key);
            }
            onSaved.accept(result);
            refresh();
        }, failure -> {
            inFlight--;
            if (version == latestVersion.get(key)) {
                retries.put(key, () -> write(key, work, onSaved, onFailed));
                failedKeys.add(key);
                error.set(TaskExecutor.messageOf(failure));
                if (failure instanceof StoreUnreachableException) {
                    waitingForServer.add(key);
                    scheduleReconnect();
                } else {
                    waitingForServer.remove(key);
                }
                onFailed.accept(failure);
            }
            refresh();
        });
    }

    /** Sends the writes that waited for the server again after a pause; once at a time. */
    private void scheduleReconnect() {
        if (reconnectScheduled) {
            return;
        }
        reconnectScheduled = true;
        timer.after(RECONNECT_DELAY, () -> {
            reconnectScheduled = false;
            if (stopped) {
                return;
            }
            List<String> waiting = retries.keySet().stream().filter(waitingForServer::contains).toList();
            waiting.forEach(key -> {
                failedKeys.remove(key);
                retries.remove(key).run();
            });
            refresh();
        });
    }

    /**
     * The wizard left the screen (the person chose what became of its unsaved changes): no more
     * attempts, so that none runs after the app's worker has stopped.
     */
    void stopRetrying() {
        stopped = true;
    }

    /** The wizard is on screen (again): writes still waiting for the server are sent again after a pause. */
    void resumeRetrying() {
        stopped = false;
        if (!waitingForServer.isEmpty()) {
            scheduleReconnect();
        }
    }

    /** Gives up the failed write of {@code key}: what it wanted to store was replaced by another answer. */
    void dismiss(String key) {
        forget(key);
        refresh();
    }

    /** Runs the action once no write is in flight any more, unless one of them failed. */
    void whenSaved(Runnable action) {
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends SaveState> obs, SaveState old, SaveState now) {
                if (now != SaveState.SAVING) {
                    state.removeListener(this);
                    if (now != SaveState.FAILED && now != SaveState.RECONNECTING) {
                        action.run();
                    }
                }
            }
        });
    }

    /** Sends every failed write again, in the order they failed. */
    void retry() {
        List<Runnable> pending = List.copyOf(retries.values());
        retries.clear();
        failedKeys.clear();
        waitingForServer.clear();
        pending.forEach(Runnable::run);
        refresh();
    }

    /** A note is being typed: not saved yet, and the indicator must not claim it is. */
    void setEditing(boolean value) {
        editing = value;
        refresh();
    }

    boolean hasFailures() {
        return !retries.isEmpty();
    }

    ObservableSet<String> failedKeys() {
        return failedKeysView;
    }

    ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether a write is on its way to the store now. */
    boolean isWriting() {
        return inFlight > 0;
    }

    private void forget(String key) {
        retries.remove(key);
        failedKeys.remove(key);
        waitingForServer.remove(key);
    }

    private void refresh() {
        if (!retries.isEmpty()) {
            boolean onlyWaiting = waitingForServer.containsAll(retries.keySet());
            state.set(onlyWaiting ? SaveState.RECONNECTING : SaveState.FAILED);
            return;
        }
        error.set("");
        if (inFlight > 0) {
            state.set(SaveState.SAVING);
        } else if (editing) {
            state.set(SaveState.EDITING);
        } else {
            state.set(anySaved ? SaveState.SAVED : SaveState.IDLE);
        }
    }
}
