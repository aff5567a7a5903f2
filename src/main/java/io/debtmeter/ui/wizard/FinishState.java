package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Finishing the assessment and reopening it, and the store's words when it refused either. */
public final class FinishState {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final UUID assessmentId;
    private final SaveTracker tracker;
    private final BooleanSupplier editable;
    private final Runnable saveDrafts;
    private final Supplier<Assessment> shown;
    private final Consumer<Assessment> onFinished;
    private final Consumer<Assessment> onReopened;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** onFinished and onReopened get the assessment as the store returned it. */
    FinishState(AssessmentStore store, TaskExecutor executor, UUID assessmentId, SaveTracker tracker,
                BooleanSupplier editable, Runnable saveDrafts, Supplier<Assessment> shown,
                Consumer<Assessment> onFinished, Consumer<Assessment> onReopened) {
        this.store = store;
        this.executor = executor;
        this.assessmentId = assessmentId;
        this.tracker = tracker;
        this.editable = editable;
        this.saveDrafts = saveDrafts;
        this.shown = shown;
        this.onFinished = onFinished;
        this.onReopened = onReopened;
    }

    /**
     * Makes the assessment final, then runs afterwards. Writes still in flight are waited for; if
     * one of them fails, nothing is finished (the save error says why and offers a retry).
     */
    public void finish(Runnable afterwards) {
        if (!editable.getAsBoolean()) {
            return;
        }
        saveDrafts.run();
        if (tracker.hasFailures()) {
            return;
        }
        if (tracker.stateProperty().get() == SaveState.SAVING) {
            tracker.whenSaved(() -> finish(afterwards));
            return;
        }
        problem.set("");
        executor.execute(() -> store.finish(assessmentId), finished -> {
            onFinished.accept(finished);
            afterwards.run();
        }, failure -> problem.set(TaskExecutor.messageOf(failure)));
    }

    /** Makes a final assessment a draft again: the explicit way to edit it. */
    public void reopen() {
        if (shown.get() == null || !shown.get().isFinal()) {
            return;
        }
        problem.set("");
        executor.execute(() -> store.reopen(assessmentId), onReopened,
                failure -> problem.set(TaskExecutor.messageOf(failure)));
    }

    /** A retried save makes an earlier refusal stale. */
    void clearProblem() {
        problem.set("");
    }

    /** A finish or reopen that the store refused, in the store's words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
