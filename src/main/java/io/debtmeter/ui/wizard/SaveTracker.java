package io.debtmeter.ui.wizard;

import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs every write of the wizard through the executor and keeps the save indicator honest:
 * "Saved" only once no write is in flight and none failed. A failed write is remembered under its
 * key (an item id, an action) until a later write of the same key succeeds or {@link #retry()} does.
 */
final class SaveTracker {

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.IDLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> failedKeys = FXCollections.observableSet();
    private final ObservableSet<String> failedKeysView = FXCollections.unmodifiableObservableSet(failedKeys);
    private final Map<String, Runnable> retries = new LinkedHashMap<>();
    private final Map<String, Long> latestVersion = new HashMap<>();
    private int inFlight;
    private boolean editing;
    private boolean anySaved;

    SaveTracker(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Writes through the executor. Each write of a key carries the whole new state of that key, so
     * only the outcome of its latest write counts; an older failure is superseded by a newer write.
     */
    <T> void write(String key, Callable<T> work, Consumer<T> onSaved) {
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
                retries.put(key, () -> write(key, work, onSaved));
                failedKeys.add(key);
                error.set(TaskExecutor.messageOf(failure));
            }
            refresh();
        });
    }

    /** Runs the action once no write is in flight any more, unless one of them failed. */
    void whenSaved(Runnable action) {
        state.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends SaveState> obs, SaveState old, SaveState now) {
                if (now != SaveState.SAVING) {
                    state.removeListener(this);
                    if (now != SaveState.FAILED) {
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

    private void forget(String key) {
        retries.remove(key);
        failedKeys.remove(key);
    }

    private void refresh() {
        if (!retries.isEmpty()) {
            state.set(SaveState.FAILED);
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
