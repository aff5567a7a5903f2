package io.debtmeter.core.analysis.compare;

import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rule for "actions closed between the two assessments":
 *
 * <ul>
 *   <li>the action is DONE or DROPPED (not OPEN);</li>
 *   <li>its closing date is the date of its {@code closedAt} in the given time zone: when it was done or
 *       dropped, not when it was last edited (actions closed before that was kept count from their last
 *       edit, see {@link ActionItem#closedAt()});</li>
 *   <li>that date lies between the two assessments' dates, both ends included:
 *       {@code before.date() <= closing date <= after.date()}. When "before" is the later assessment (the
 *       sides were swapped), the same interval is used from the earlier date to the later one, so
 *       swapping sides flips the deltas but keeps the list.</li>
 * </ul>
 *
 * Each is shown with how its item moved between the two assessments.
 */
final class ClosedActions {

    private static final Comparator<ClosedAction> OLDEST_FIRST = Comparator.comparing(ClosedAction::closedOn)
            .thenComparing(closed -> closed.action().text());

    private ClosedActions() {
    }

    static List<ClosedAction> between(Assessment before, Assessment after,
                                      Collection<ActionItem> actions, ZoneId zone,
                                      Map<String, Change> changeByItem, Function<String, String> itemTitle) {
        LocalDate from = before.date().isAfter(after.date()) ? after.date() : before.date();
        LocalDate to = before.date().isAfter(after.date()) ? before.date() : after.date();
        Map<UUID, ActionItem> unique = new LinkedHashMap<>();
        actions.forEach(action -> unique.putIfAbsent(action.id(), action));
        return unique.values().stream()
                .filter(action -> !action.isOpen())
                .map(action -> new ClosedAction(action, itemTitle.apply(action.itemId()),
                        LocalDate.ofInstant(action.closedAt().orElseThrow(), zone),
                        changeByItem.getOrDefault(action.itemId(), Change.NOT_COMPARABLE)))
                .filter(closed -> !closed.closedOn().isBefore(from) && !closed.closedOn().isAfter(to))
                .sorted(OLDEST_FIRST)
                .toList();
    }
}
