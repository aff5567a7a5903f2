package io.debtmeter.core.analysis.compare;

import java.util.OptionalDouble;

/**
 * One item found (by id) in both rubrics, with both answers side by side.
 *
 * @param categoryId    the item's category in the "after" rubric (items are grouped by it)
 * @param scoreDelta    after score − before score, on the 0..1 item-score scale; empty when not comparable
 * @param levelDelta    the same move counted in steps of the "after" rubric's scale: scoreDelta × (levels − 1),
 *                      so +2 on a 0..4 scale means two levels up; empty when not comparable
 */
public record ItemDelta(
        String itemId,
        String categoryId,
        String categoryTitle,
        String title,
        ItemSide before,
        ItemSide after,
        OptionalDouble scoreDelta,
        OptionalDouble levelDelta,
        Change change) {
}
