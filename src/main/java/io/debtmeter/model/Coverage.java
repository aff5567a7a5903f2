package io.debtmeter.model;

/**
 * How many items were answered, answered "don't know", marked not applicable, or left open.
 *
 * @param answered items placed at a level or option (not counting "don't know")
 * @param dontKnow items nobody could place: scored at their lowest point, counted apart so the team
 *                 sees what to find out
 */
public record Coverage(int answered, int notApplicable, int unanswered, int dontKnow) {

    public Coverage(int answered, int notApplicable, int unanswered) {
        this(answered, notApplicable, unanswered, 0);
    }

    public int total() {
        return answered + dontKnow + notApplicable + unanswered;
    }

    /** An assessment with open items is partial: its score describes only what was answered. */
    public boolean isPartial() {
        return unanswered > 0;
    }
}
