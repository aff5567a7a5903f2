package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.Settings;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The window's size, position and maximised state across runs, in the settings file. The position is
 * restored only when the window's title bar would land on a screen that is there now (a projector or
 * second monitor may be gone); otherwise the window keeps the saved size, fitted to a screen, and the
 * desktop places it. A maximised window also remembers its size from before, to return to when
 * un-maximised.
 */
final class WindowPlacement {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    /** How much of the title bar must be on a screen for the position to count as visible. */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 32;

    private final Settings settings;
    private final Supplier<List<Rectangle2D>> screens;
    private Rectangle2D normal;
    private Stage followed;
    private final EventHandler<WindowEvent> onHiding = event -> save(followed);
    private final InvalidationListener onMove = observable -> follow(followed);

    WindowPlacement(Settings settings, Supplier<List<Rectangle2D>> screens) {
        this.settings = settings;
        this.screens = screens;
    }

    /** The visual bounds (without task bars) of every screen now present. */
    static List<Rectangle2D> presentScreens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    /** Puts the window where it was last time, then follows it so the next run can do the same. */
    void restoreAndTrack(Stage stage) {
        followed = stage;
        saved().ifPresent(bounds -> {
            List<Rectangle2D> present = screens.get();
            Optional<Rectangle2D> placed = placed(bounds, present);
            if (placed.isPresent()) {
                apply(stage, placed.get(), true);
            } else if (!present.isEmpty()) {
                apply(stage, fitted(bounds, present.get(0)), false);
            }
        });
        if (Boolean.parseBoolean(settings.get(MAXIMIZED).orElse("false"))) {
            stage.setMaximized(true);
        }
        follow(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
        placeOf(stage).forEach(value -> value.addListener(onMove));
    }

    /** Saves the place and stops following the stage (which a test may hand to the next window). */
    void saveAndStop(Stage stage) {
        save(stage);
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
        placeOf(stage).forEach(value -> value.removeListener(onMove));
    }

    /** What is followed, and later no longer followed: one list, so the two cannot drift apart. */
    private static List<ReadOnlyDoubleProperty> placeOf(Stage stage) {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
    }

    /**
     * The saved bounds if their title bar is on one of the screens (its top-left {@value #GRAB_WIDTH}
     * by {@value #GRAB_HEIGHT}); empty when on none.
     */
    static Optional<Rectangle2D> placed(Rectangle2D saved, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(saved.getMinX(), saved.getMinY(), Math.min(GRAB_WIDTH, saved.getWidth()),
                Math.min(GRAB_HEIGHT, saved.getHeight()));
        for (Rectangle2D screen : screens) {
            if (screen.contains(titleBar)) {
                // As it was: the user chose that size there, and the title bar can be grabbed to move it.
                return Optional.of(saved);
            }
        }
        return Optional.empty();
    }

    /** The saved size, no larger than the screen, for a window the desktop will place. */
    static Rectangle2D fitted(Rectangle2D saved, Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(saved.getWidth(), screen.getWidth()),
                Math.min(saved.getHeight(), screen.getHeight()));
    }

    private static void apply(Stage stage, Rectangle2D bounds, boolean position) {
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (position) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
        }
    }

    /** Keeps the bounds of the window as it is when neither maximised nor minimised: those are worth restoring. */
    private void follow(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing() && stage.getWidth() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    void save(Stage stage) {
        follow(stage);
        try {
            if (normal != null) {
                settings.put(X, String.valueOf(normal.getMinX()));
                settings.put(Y, String.valueOf(normal.getMinY()));
                settings.put(WIDTH, String.valueOf(normal.getWidth()));
                settings.put(HEIGHT, String.valueOf(normal.getHeight()));
            }
            settings.put(MAXIMIZED, String.valueOf(stage.isMaximized()));
        } catch (RuntimeException e) {
            // A read-only data folder costs only the window's place next time.
        }
    }

    private Optional<Rectangle2D> saved() {
        try {
            double x = Double.parseDouble(settings.get(X).orElseThrow());
            double y = Double.parseDouble(settings.get(Y).orElseThrow());
            double width = Double.parseDouble(settings.get(WIDTH).orElseThrow());
            double height = Double.parseDouble(settings.get(HEIGHT).orElseThrow());
            return width > 0 && height > 0 && Double.isFinite(x + y + width + height)
                    ? Optional.of(new Rectangle2D(x, y, width, height)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
