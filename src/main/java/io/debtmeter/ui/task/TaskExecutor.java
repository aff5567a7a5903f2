package io.debtmeter.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which the UI runs slow work (files, later the database) off the FX thread.
 * Callbacks always arrive on the thread that may touch the UI. Tests use {@link DirectTaskExecutor}.
 */
public interface TaskExecutor {

    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; called when the window closes. */
    void shutdown();
}
