package io.debtmeter.ui.common;

import javafx.animation.AnimationTimer;

import java.util.function.BooleanSupplier;

/**
 * Runs work once a screen's data have reached the screen: for loading what it does not show yet
 * (the rubrics behind a dialog), so that this does not compete with the first frame for the
 * processor.
 */
public final class AfterDrawn {

    private AfterDrawn() {
    }

    /**
     * Runs {@code action} on the FX thread once {@code ready} has held in two pulses in a row, that is
     * once a frame built while it held has been drawn (pulses are serialised with rendering). Call on
     * the FX thread; {@code ready} is asked in every pulse until then.
     */
    public static void runWhen(BooleanSupplier ready, Runnable action) {
        new AnimationTimer() {
            private int readyPulses;

            @Override
            public void handle(long now) {
                readyPulses = ready.getAsBoolean() ? readyPulses + 1 : 0;
                if (readyPulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
