package io.debtmeter.ui.wizard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Whether every change has reached the store: "saved" only after the store returned. */
public final class SaveStatus {

    private final SaveTracker tracker;
    private final Runnable beforeRetry;
    private final ReadOnlyBooleanWrapper currentUnsaved = new ReadOnlyBooleanWrapper(false);

    /** beforeRetry clears what else the retry makes stale (a finish or reopen problem). */
    SaveStatus(SaveTracker tracker, Runnable beforeRetry) {
        this.tracker = tracker;
        this.beforeRetry = beforeRetry;
    }

    public void retrySaving() {
        beforeRetry.run();
        tracker.retry();
    }

    public boolean hasUnsavedChanges() {
        return tracker.hasFailures();
    }

    /** How many answers and actions the store has not taken (each counted once, however often changed). */
    public int unsavedCount() {
        return tracker.failedKeys().size();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return tracker.stateProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return tracker.errorProperty();
    }

    /** The item on screen has a change the store refused: its answer is shown but not saved. */
    public ReadOnlyBooleanProperty currentUnsavedProperty() {
        return currentUnsaved.getReadOnlyProperty();
    }

    /** Marks the item on screen (null for none) as unsaved when the store refused a change to it. */
    void showItem(String itemId) {
        currentUnsaved.set(itemId != null && tracker.failedKeys().contains(itemId));
    }
}
