package io.debtmeter.ui.compare;

/** The two sides of a comparison: changes are read from "before" to "after". */
public enum Side {
    BEFORE,
    AFTER
}
