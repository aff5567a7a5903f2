package io.debtmeter.model;

/** Where an agreed action stands. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
