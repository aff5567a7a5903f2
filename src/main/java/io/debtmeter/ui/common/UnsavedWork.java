package io.debtmeter.ui.common;

import javafx.stage.Window;

/**
 * A screen that may hold changes the store has not taken yet (a shared database that went away). The
 * window asks it before closing, so that nothing is lost without the person deciding.
 */
public interface UnsavedWork {

    /** Whether some change shown on this screen is not stored. */
    boolean hasUnsavedWork();

    /**
     * Asks the person what to do with the unsaved changes before the window closes: keep them in a
     * file, keep waiting, or close without them. Calls {@code close} only if the window should close.
     */
    void offerBeforeClosing(Window owner, Runnable close);
}
