package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The team's actions as the wizard shows them for the current item: those raised in this
 * assessment, and those still open from earlier ones. Changes show at once and are written through
 * the {@link SaveTracker}, so a failed write is reported and can be retried like an answer.
 */
final class WizardActions {

    private final AssessmentStore store;
    private final SaveTracker tracker;
    private final UUID assessmentId;
    private final List<ActionItem> all = new ArrayList<>();
    /** Earlier actions closed in this session stay in view, so the click is visibly acknowledged. */
    private final Set<UUID> closedHere = new HashSet<>();
    private final ObservableList<ActionItem> raisedHere = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> earlierOpen = FXCollections.observableArrayList();
    // Unmodifiable views made once: they listen weakly to their source, so one per call could be collected with its listeners.
    private final ObservableList<ActionItem> raisedHereView = FXCollections.unmodifiableObservableList(raisedHere);
    private final ObservableList<ActionItem> earlierOpenView = FXCollections.unmodifiableObservableList(earlierOpen);
    private final AtomicInteger newActions = new AtomicInteger();
    private String itemId = "";

    WizardActions(AssessmentStore store, SaveTracker tracker, UUID assessmentId) {
        this.store = store;
        this.tracker = tracker;
        this.assessmentId = assessmentId;
    }

    void setAll(List<ActionItem> actions) {
        all.clear();
        all.addAll(actions);
        refresh();
    }

    void showItem(String newItemId) {
        itemId = newItemId;
        refresh();
    }

    void add(String text, String owner, Optional<LocalDate> due) {
        String forItem = itemId;
        tracker.write("new-action-" + newActions.incrementAndGet(),
                () -> store.addAction(assessmentId, forItem, text.strip(), owner.strip(), due),
                added -> {
                    all.add(added);
                    refresh();
                });
    }

    void update(ActionItem changed) {
        replace(changed);
        tracker.write("action-" + changed.id(), () -> store.updateAction(changed), this::replace);
    }

    void setStatus(ActionItem action, ActionStatus status) {
        if (!action.raisedIn().equals(assessmentId)) {
            closedHere.add(action.id());
        }
        update(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(), action.text(),
                action.owner(), action.due(), status, action.createdAt(), action.updatedAt()));
    }

    ObservableList<ActionItem> raisedHere() {
        return raisedHereView;
    }

    ObservableList<ActionItem> earlierOpen() {
        return earlierOpenView;
    }

    private void replace(ActionItem changed) {
        all.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
        refresh();
    }

    private void refresh() {
        raisedHere.setAll(all.stream()
                .filter(a -> a.itemId().equals(itemId) && a.raisedIn().equals(assessmentId))
                .toList());
        earlierOpen.setAll(all.stream()
                .filter(a -> a.itemId().equals(itemId) && !a.raisedIn().equals(assessmentId))
                .filter(a -> a.isOpen() || closedHere.contains(a.id()))
                .toList());
    }
}
