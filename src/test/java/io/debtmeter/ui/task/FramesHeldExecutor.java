package io.debtmeter.ui.task;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once, as {@link DirectTaskExecutor} does, but holds every frame after a step list's
 * first until the test calls {@link #next()}: so a test can look at a screen between its frames.
 */
public final class FramesHeldExecutor implements TaskExecutor {

    private final ArrayDeque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        new DirectTaskExecutor().execute(work, onSuccess, onFailure);
    }

    @Override
    public void inFrames(List<Runnable> steps) {
        steps.get(0).run();
        held.addAll(steps.subList(1, steps.size()));
    }

    /** Runs the next held frame. */
    public void next() {
        held.removeFirst().run();
    }

    public int left() {
        return held.size();
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
