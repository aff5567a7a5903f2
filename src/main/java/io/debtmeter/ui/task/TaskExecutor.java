package io.debtmeter.ui.task;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which the UI runs slow work (the database, files) off the FX thread, so a
 * slow disk never freezes the window. Callbacks always arrive on the thread that may touch the UI,
 * so they can set properties directly. Tests use {@link DirectTaskExecutor}.
 */
public interface TaskExecutor {

    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs UI steps on the thread that may touch the UI, each in a frame of its own, so that showing a
     * large result never holds one frame for long (the first step runs at once). This default runs
     * them all at once, which is what view-model tests without a toolkit want.
     */
    default void inFrames(List<Runnable> steps) {
        steps.forEach(Runnable::run);
    }

    /**
     * Runs a step on the thread that may touch the UI, from any thread (a server thread telling that a
     * phone voted). This default runs it at once, for view-model tests without a toolkit.
     */
    default void onUiThread(Runnable step) {
        step.run();
    }

    /** Stops accepting work; called when the window closes. */
    void shutdown();

    /** How a failed task reads on screen: its message, or the exception's name when it has none. */
    static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
