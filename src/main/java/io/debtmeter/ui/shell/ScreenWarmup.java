package io.debtmeter.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * While the user looks at the home screen without doing anything, builds the screens they are likely
 * to open next (a comparison, a scorecard, a team's trends, the portfolio) once each, on real
 * data, in an invisible room of the same scene, and throws them away. Without it the first open of each
 * screen in a session takes two to three times as long as later ones (docs/benchmarks.md): its code runs
 * in the interpreter, its classes are initialised, and its styles are matched against the theme
 * for the first time, all while the user waits. Afterwards the real open finds that work done.
 *
 * <p>It gives way to the user: a screen is begun only after {@link #QUIET_NANOS} in which the mouse,
 * the keyboard and the scroll wheel were left alone, and it is built in the frames its view
 * already spreads its work over (decision 0015). Nothing it builds is ever shown, focused or
 * reachable by the mouse, and it only reads the store. See decision 0016.
 */
final class ScreenWarmup extends AnimationTimer {

    /** How long the user must have left the window alone before a screen is built. */
    static final long QUIET_NANOS = 1_500_000_000L;
    /** A pause between two screens, so that the window's own frames come between them. */
    private static final long BREATH_NANOS = 250_000_000L;
    /** A screen whose data never arrive (a failed read) is given up after about five seconds. */
    private static final int MOST_PULSES_PER_SCREEN = 300;
    /**
     * Any use of the mouse over the window counts, moving included: a warm-up frame can hold the
     * window for a few hundred milliseconds, which a pointer moving over it would show as a late
     * hover highlight. A pointer resting, or outside the window, sends nothing.
     */
    private static final List<EventType<? extends Event>> USER_ACTIONS =
            List.of(MouseEvent.ANY, KeyEvent.ANY, ScrollEvent.ANY);

    /** A screen to build, and whether everything it builds from its data is in place. */
    record Warmable(Screen screen, BooleanSupplier complete) {
    }

    private final Node window;
    private final Pane centre;
    private final Region sizeOf;
    private final StackPane room = new StackPane();
    private final StylesheetKeeper stylesheets;
    private final Deque<Supplier<Warmable>> waiting = new ArrayDeque<>();
    private final EventHandler<Event> userActed = event -> lastAction = System.nanoTime();
    private boolean everythingPlanned;
    /** Run at the first quiet moment, then dropped. */
    private Runnable planner;
    private long lastAction;
    private long lastScreenEnded;
    private Warmable current;
    private int pulses;
    private int completePulses;
    private boolean finished;

    /**
     * @param window      where the user's clicks and keys arrive (the main view)
     * @param centre      where the invisible room goes while the warm-up lasts, behind the screen
     * @param sizeOf      the region screens are shown in, whose size and place the room takes
     * @param stylesheets keeps each built screen's stylesheet loaded, as showing it would
     */
    ScreenWarmup(Node window, Pane centre, Region sizeOf, StylesheetKeeper stylesheets) {
        this.window = window;
        this.centre = centre;
        this.sizeOf = sizeOf;
        this.stylesheets = stylesheets;
        room.setId("screen-warmup");
        room.setVisible(false);
        room.setManaged(false);
        room.setMouseTransparent(true);
    }

    /** Queues a screen; it is made only when its turn comes, so it reads the store then. */
    void add(Supplier<Warmable> screen) {
        if (!finished) {
            waiting.add(screen);
        }
    }

    /** No more screens will be added: once the queue is empty, the warm-up ends. */
    void planComplete() {
        everythingPlanned = true;
    }

    /**
     * Starts watching for a quiet moment; at the first one, {@code planner} runs, and adds the
     * screens (it may do so later, from a read) and then calls {@link #planComplete()}.
     */
    void start(Runnable planner) {
        this.planner = planner;
        lastAction = System.nanoTime();
        USER_ACTIONS.forEach(type -> window.addEventFilter(type, userActed));
        centre.getChildren().add(0, room);
        start();
    }

    /** Ends the warm-up at once, dropping anything half-built (the window closes, or another file opens). */
    void cancel() {
        waiting.clear();
        everythingPlanned = true;
        finish();
    }

    boolean isFinished() {
        return finished;
    }

    @Override
    public void handle(long now) {
        if (current != null) {
            pulses++;
            completePulses = current.complete().getAsBoolean() ? completePulses + 1 : 0;
            // Two complete pulses: the second lays out and styles what the last step built.
            if (completePulses >= 2 || pulses >= MOST_PULSES_PER_SCREEN) {
                room.getChildren().clear();
                current = null;
                lastScreenEnded = now;
            }
            return;
        }
        if (now - lastAction < QUIET_NANOS || now - lastScreenEnded < BREATH_NANOS) {
            return;
        }
        if (planner != null) {
            Runnable plan = planner;
            planner = null;
            plan.run();
        } else if (!waiting.isEmpty()) {
            begin(waiting.removeFirst().get());
        } else if (everythingPlanned) {
            finish();
        }
    }

    private void begin(Warmable next) {
        current = next;
        pulses = 0;
        completePulses = 0;
        room.resizeRelocate(sizeOf.getLayoutX(), sizeOf.getLayoutY(), sizeOf.getWidth(), sizeOf.getHeight());
        room.getChildren().setAll(next.screen().view());
        stylesheets.keepStylesheetsOf(next.screen().view());
        next.screen().whenPlaced().run();
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        stop();
        current = null;
        room.getChildren().clear();
        centre.getChildren().remove(room);
        USER_ACTIONS.forEach(type -> window.removeEventFilter(type, userActed));
    }
}
