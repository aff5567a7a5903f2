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
        Instant updatedAt) {

    public ActionItem {
        owner = owner == null ? "" : owner;
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }
}
