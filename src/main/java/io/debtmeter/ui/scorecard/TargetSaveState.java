package io.debtmeter.ui.scorecard;

/** What the target editor says. "Saved" is shown only after the store call returned. */
public enum TargetSaveState {
    IDLE,
    SAVING,
    SAVED,
    /** The store refused or failed; the target shown is still the stored one. */
    FAILED
}
