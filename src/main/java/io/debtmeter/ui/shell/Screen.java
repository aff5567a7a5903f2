package io.debtmeter.ui.shell;

import javafx.scene.Parent;

/** A screen, and what it does once placed in the scene. */
record Screen(Parent view, Runnable whenPlaced) {
    Screen(Parent view) {
        this(view, () -> { });
    }
}
