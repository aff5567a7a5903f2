package io.debtmeter.ui.wizard;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The actions panel's state: actions raised on the item on screen, earlier open ones, and a typed new one. */
public final class ActionsState {

    private final WizardActions actions;
    private final BooleanSupplier editable;
    private final BooleanSupplier itemShown;
    /** An action typed for the current item but not yet added: added on leaving it. */
    private ActionDraft draft;

    private record ActionDraft(String text, String owner, Optional<LocalDate> due) {
    }

    ActionsState(WizardActions actions, BooleanSupplier editable, BooleanSupplier itemShown) {
        this.actions = actions;
        this.editable = editable;
        this.itemShown = itemShown;
    }

    public void addAction(String text, String owner, Optional<LocalDate> due) {
        if (editable.getAsBoolean() && itemShown.getAsBoolean() && text != null && !text.isBlank()) {
            actions.add(text, owner == null ? "" : owner, due);
        }
    }

    public void updateAction(ActionItem changed) {
        if (editable.getAsBoolean()) {
            actions.update(changed);
        }
    }

    public void setActionStatus(ActionItem action, ActionStatus status) {
        if (editable.getAsBoolean()) {
            actions.setStatus(action, status);
        }
    }

    /** What is typed in the new-action fields; kept so that moving on adds it rather than losing it. */
    public void setActionDraft(String text, String owner, Optional<LocalDate> due) {
        draft = text == null || text.isBlank() ? null : new ActionDraft(text, owner, due);
    }

    public ObservableList<ActionItem> actionsRaisedHere() {
        return actions.raisedHere();
    }

    public ObservableList<ActionItem> earlierOpenActions() {
        return actions.earlierOpen();
    }

    /** Adds the typed action, if any. */
    void saveDraft() {
        if (draft != null) {
            addAction(draft.text(), draft.owner(), draft.due());
        }
        draft = null;
    }
}
