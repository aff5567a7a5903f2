package io.debtmeter.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds work until the test says so, then runs it as {@link DirectTaskExecutor} does: lets a test see the
 * screen while a save is still in flight.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> new DirectTaskExecutor().execute(work, onSuccess, onFailure));
    }

    /** Runs everything queued, including work queued meanwhile, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    public int pending() {
        return queue.size();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
