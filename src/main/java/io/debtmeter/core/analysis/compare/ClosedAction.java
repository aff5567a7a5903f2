package io.debtmeter.core.analysis.compare;

import io.debtmeter.model.ActionItem;

import java.time.LocalDate;

/**
 * An action that was done or dropped between the two assessments.
 *
 * @param itemTitle  the item's title in the "after" rubric, else the "before" one, else its id
 * @param closedOn   the day it was done or dropped, in the comparison's time zone
 * @param itemChange how its item moved between the two assessments; NOT_COMPARABLE when the item is
 *                   unscored on a side or not in both rubrics
 */
public record ClosedAction(ActionItem action, String itemTitle, LocalDate closedOn, Change itemChange) {
}
