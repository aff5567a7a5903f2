package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Adding and changing actions for {@link SqliteAssessmentStore}, each one write transaction. */
record ActionCommands(WriteTransactions transactions, Timestamps time, AssessmentRows assessments,
                      RubricSnapshots snapshots, ActionRows actions) {

    ActionCommands(WriteTransactions transactions, Timestamps time, StoreRows rows) {
        this(transactions, time, rows.assessments(), rows.snapshots(), rows.actions());
    }

    ActionItem add(UUID assessmentId, String itemId, String text, String owner, Optional<LocalDate> due) {
        return transactions.write(StoreAction.ADD_ACTION, () -> {
            AssessmentRows.Header header = assessments.header(assessmentId);
            Rubric rubric = snapshots.get(header.snapshot());
            if (rubric.item(itemId).isEmpty()) {
                throw new StoreException(transactions.texts().get("store.actionNoItem",
                        rubric.id() + " " + rubric.version(), itemId));
            }
            Instant now = time.now();
            ActionItem action = new ActionItem(UUID.randomUUID(), header.teamId(), assessmentId, itemId,
                    ActionRows.checkedText(transactions.texts(), text), owner, due == null ? Optional.empty() : due, ActionStatus.OPEN, now, now);
            actions.insert(action);
            return action;
        });
    }

    ActionItem update(ActionItem changed) {
        Objects.requireNonNull(changed, "changed");
        return transactions.write(StoreAction.SAVE_ACTION, () -> {
            actions.update(changed, time.now());
            return actions.require(changed.id());
        });
    }
}
