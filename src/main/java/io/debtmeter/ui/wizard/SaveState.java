package io.debtmeter.ui.wizard;

/** What the save indicator says. "Saved" is shown only after the store call returned. */
public enum SaveState {
    /** Nothing changed since the assessment was opened. */
    IDLE,
    /** A note is being typed and will be saved after a short pause, on leaving the field or the item. */
    EDITING,
    SAVING,
    SAVED,
    /** At least one change is not stored; the user can retry. */
    FAILED,
    /**
     * The database server cannot be reached: changes are kept in memory, in order, and sent again
     * every few seconds until it answers. Nothing is shown as saved until then.
     */
    RECONNECTING
}
