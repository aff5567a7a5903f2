package io.debtmeter.core.analysis.compare;

/** What one side said about an item. */
public enum AnswerState {
    /** A practice rated at a level of the scale. */
    LEVEL,
    /** A litmus question answered with one of its options. */
    OPTION,
    NOT_APPLICABLE,
    /** Nobody could tell: scored at the item's lowest point (its value and score are present). */
    DONT_KNOW,
    UNANSWERED
}
