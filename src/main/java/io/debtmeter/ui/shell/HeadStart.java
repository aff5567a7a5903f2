package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.ui.teams.TeamsViewModel;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A plain start opens the database and reads what the Teams screen opens on (the teams, and the
 * first team's assessments) on a second thread while JavaFX is still starting on the first, so the
 * window goes straight to a complete Teams screen instead of showing "Opening…" first. Opening may
 * migrate the file, so this is the same opening the window would do, only started sooner; its
 * failures reach the window and are explained there as usual.
 */
public final class HeadStart {

    /** The open store and what the Teams screen shows first. */
    public record Opened(AssessmentStore store, TeamsViewModel.Opening opening) {
    }

    private final Path file;
    private final CompletableFuture<Opened> opened;

    private HeadStart(Path file, CompletableFuture<Opened> opened) {
        this.file = file;
        this.opened = opened;
    }

    /** Starts opening {@code file} read-write on a daemon thread of its own, its messages in {@code language}. */
    public static HeadStart begin(Path file, Locale language) {
        return begin(file, StoreOpener.sqlite(language));
    }

    static HeadStart begin(Path file, StoreOpener opener) {
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(openAndReadTeams(file, opener));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        }, "debtmeter-head-start");
        thread.setDaemon(true);
        thread.start();
        return new HeadStart(file, opened);
    }

    private static Opened openAndReadTeams(Path file, StoreOpener opener) throws Exception {
        AssessmentStore store = opener.open(file, false);
        try {
            return new Opened(store, TeamsViewModel.readOpening(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    boolean isDone() {
        return opened.isDone();
    }

    /**
     * Hands the outcome to {@code then} (store and teams, or the failure) on whichever thread
     * finishes the opening; at once on this one if it has finished already.
     */
    void whenDone(BiConsumer<Opened, Throwable> then) {
        opened.whenComplete((result, failure) ->
                then.accept(result, failure == null ? null : unwrap(failure)));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
