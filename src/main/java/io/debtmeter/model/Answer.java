package io.debtmeter.model;

/** What a team said about one item. An item with no answer at all is "unanswered". */
public sealed interface Answer {

    /** A practice rated at one value of the scale. */
    record Level(double value) implements Answer {
    }

    /** A litmus question answered with one of its options. */
    record Choice(String optionId) implements Answer {
    }

    /** The item does not apply to this team; it leaves the denominator. */
    record NotApplicable() implements Answer {
    }

    /**
     * Nobody present could tell. Unlike {@link NotApplicable} it stays in the score, at the lowest
     * point the item offers: not knowing is itself debt, until the team finds out.
     */
    record DontKnow() implements Answer {
    }
}
