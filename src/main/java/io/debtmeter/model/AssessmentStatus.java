package io.debtmeter.model;

/** A draft can be edited; a final assessment is read-only until it is explicitly reopened. */
public enum AssessmentStatus {
    DRAFT,
    FINAL
}
