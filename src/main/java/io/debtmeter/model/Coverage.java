package io.debtmeter.model;

/** How many items were answered, marked not applicable, or left open. */
public record Coverage(int answered, int notApplicable, int unanswered) {

    public int total() {
        return answered + notApplicable + unanswered;
    }

    /** An assessment with open items is partial: its score describes only what was answered. */
    public boolean isPartial() {
        return unanswered > 0;
    }
}
