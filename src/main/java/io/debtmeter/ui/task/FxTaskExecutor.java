package io.debtmeter.ui.task;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One background thread, so that work runs in the order it was asked for (a later save never
 * overtakes an earlier one); results are handed back on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "debtmeter-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Call on the FX thread. The first step runs now and is laid out and drawn in the coming pulse;
     * each later step runs at the start of a later pulse (an AnimationTimer fires before that pulse's
     * CSS and layout), so every step's layout lands in a frame of its own.
     */
    @Override
    public void inFrames(List<Runnable> steps) {
        Deque<Runnable> left = new ArrayDeque<>(steps);
        if (left.isEmpty()) {
            return;
        }
        left.removeFirst().run();
        if (left.isEmpty()) {
            return;
        }
        new AnimationTimer() {
            /** The first call comes in the pulse that lays out the first step: that frame is its own. */
            private boolean firstPulseSeen;

            @Override
            public void handle(long now) {
                if (!firstPulseSeen) {
                    firstPulseSeen = true;
                    return;
                }
                left.removeFirst().run();
                if (left.isEmpty()) {
                    stop();
                }
            }
        }.start();
    }

    @Override
    public void onUiThread(Runnable step) {
        if (Platform.isFxApplicationThread()) {
            step.run();
        } else {
            Platform.runLater(step);
        }
    }

    /** Lets work already asked for (a save in flight) finish before the store is closed. */
    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
