package io.debtmeter.ui.scorecard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Targets;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The team's targets set in this assessment ("where we want to be next quarter") and their saving.
 * A save runs on the background executor and reads the targets back from the store, so what the
 * chart shows after "Saved" is what is on disk. Targets may be set on final assessments too: they
 * are plans, not answers.
 */
public final class TargetsModel {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final UUID assessmentId;
    private final ReadOnlyObjectWrapper<Targets> targets = new ReadOnlyObjectWrapper<>(Targets.none());
    private final ReadOnlyObjectWrapper<TargetSaveState> state = new ReadOnlyObjectWrapper<>(TargetSaveState.IDLE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    TargetsModel(AssessmentStore store, TaskExecutor executor, UUID assessmentId) {
        this.store = store;
        this.executor = executor;
        this.assessmentId = assessmentId;
    }

    /** Sets (or with an empty value clears) a category's target maturity, 0..100. */
    public void saveCategoryTarget(String categoryId, OptionalDouble maturity) {
        if (maturity.isPresent() && !(maturity.getAsDouble() >= 0 && maturity.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("A target maturity lies between 0 and 100, not " + maturity.getAsDouble());
        }
        save(() -> {
            store.setCategoryTarget(assessmentId, categoryId, maturity);
            return store.targets(assessmentId);
        });
    }

    /** Sets (or with an empty value clears) an item's target level, a value of the rubric's scale. */
    public void saveItemTarget(String itemId, OptionalDouble level) {
        save(() -> {
            store.setItemTarget(assessmentId, itemId, level);
            return store.targets(assessmentId);
        });
    }

    /** Forgets the last save's outcome, e.g. when another detail is opened. */
    public void resetStatus() {
        if (state.get() != TargetSaveState.SAVING) {
            state.set(TargetSaveState.IDLE);
            problem.set("");
        }
    }

    void loaded(Targets loaded) {
        targets.set(loaded);
    }

    private void save(Callable<Targets> work) {
        state.set(TargetSaveState.SAVING);
        problem.set("");
        executor.execute(work, saved -> {
            targets.set(saved);
            state.set(TargetSaveState.SAVED);
        }, failure -> {
            problem.set(TaskExecutor.messageOf(failure));
            state.set(TargetSaveState.FAILED);
        });
    }

    public Targets current() {
        return targets.get();
    }

    public ReadOnlyObjectProperty<Targets> targetsProperty() {
        return targets.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TargetSaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed, in the store's words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
