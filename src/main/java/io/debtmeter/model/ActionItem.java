package io.debtmeter.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Something the team agreed to do about one item. It belongs to the team, so it follows the team
 * from quarter to quarter until it is done or dropped.
 *
 * @param raisedIn the assessment in which it was agreed
 * @param due      empty when no date was set
 * @param closedAt when it was done or dropped; empty exactly while it is open. Given empty for a
 *                 closed action (data from before this was kept), it is taken to be {@code updatedAt}.
 */
public record ActionItem(
        UUID id,
        UUID teamId,
        UUID raisedIn,
        String itemId,
        String text,
        String owner,
        Optional<LocalDate> due,
        ActionStatus status,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> closedAt) {

    public ActionItem {
        owner = owner == null ? "" : owner;
        if (status == ActionStatus.OPEN) {
            closedAt = Optional.empty();
        } else if (closedAt == null || closedAt.isEmpty()) {
            closedAt = Optional.ofNullable(updatedAt);
        }
    }

    /**
     * An action whose closing time is not known apart from its last edit (a new action, an edit
     * about to be saved: the store decides the closing time, or data from before it was kept).
     */
    public ActionItem(UUID id, UUID teamId, UUID raisedIn, String itemId, String text, String owner,
                      Optional<LocalDate> due, ActionStatus status, Instant createdAt, Instant updatedAt) {
        this(id, teamId, raisedIn, itemId, text, owner, due, status, createdAt, updatedAt, Optional.empty());
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }
}
