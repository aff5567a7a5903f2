package io.debtmeter.core.analysis.compare;

/** An item only one of the two rubrics has (added or removed between versions), with that side's answer. */
public record UnmatchedItem(String itemId, String title, String categoryTitle, ItemSide answer) {
}
