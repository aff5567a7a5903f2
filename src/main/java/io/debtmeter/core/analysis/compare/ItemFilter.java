package io.debtmeter.core.analysis.compare;

/** Which matched items a person wants to see: all of them, or those that moved one way. */
public enum ItemFilter {
    ALL(null),
    IMPROVED(Change.IMPROVED),
    REGRESSED(Change.REGRESSED),
    UNCHANGED(Change.UNCHANGED),
    NOT_COMPARABLE(Change.NOT_COMPARABLE);

    private final Change change;

    ItemFilter(Change change) {
        this.change = change;
    }

    public boolean accepts(ItemDelta item) {
        return change == null || item.change() == change;
    }
}
