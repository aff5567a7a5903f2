package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: the window did not remember being maximised. Size, place and state across runs, on real stages. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 1920, 1080);

    @TempDir
    Path folder;

    @Test
    void aMaximisedWindowOpensMaximisedNextRunWithItsEarlierSizeAndPlace(FxRobot robot) throws Exception {
        UserDirectories directories = new UserDirectories("Linux", Map.of(), folder);
        Settings settings = Settings.in(directories.dataFolder());
        // What a run before left: a window of 60 % of the test platform's screen at (40, 30) on it.
        AtomicReference<Rectangle2D> present = new AtomicReference<>();
        robot.interact(() -> present.set(WindowPlacement.presentScreens().get(0)));
        Rectangle2D screen = present.get();
        double x = screen.getMinX() + 40;
        double y = screen.getMinY() + 30;
        settings.put(WindowPlacement.X, String.valueOf(x));
        settings.put(WindowPlacement.Y, String.valueOf(y));
        double width = Math.floor(screen.getWidth() * 0.6);
        double height = Math.floor(screen.getHeight() * 0.6);
        settings.put(WindowPlacement.WIDTH, String.valueOf(width));
        settings.put(WindowPlacement.HEIGHT, String.valueOf(height));

        AtomicReference<Stage> first = new AtomicReference<>();
        AtomicReference<AppWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            first.set(new Stage());
            window.set(new AppWindow(first.get(), directories, new Texts(Locale.ENGLISH), new DirectTaskExecutor(),
                    StoreOpener.SQLITE, path -> { }));
            first.get().show();
        });
        assertThat(List.of(first.get().getX(), first.get().getY(), first.get().getWidth(), first.get().getHeight()))
                .containsExactly(x, y, width, height);
        assertThat(first.get().isMaximized()).isFalse();

        // The user maximises the window and quits.
        robot.interact(() -> first.get().setMaximized(true));
        robot.interact(() -> {
            window.get().close();
            first.get().hide();
        });
        String saved = Files.readString(directories.dataFolder().resolve("settings.properties"));
        assertThat(saved).contains("window.maximized=true", "window.width=" + width, "window.height=" + height);

        // Next run: maximised again, and un-maximising returns to the earlier size at (40, 30).
        AtomicReference<Stage> second = new AtomicReference<>();
        robot.interact(() -> {
            second.set(new Stage());
            window.set(new AppWindow(second.get(), directories, new Texts(Locale.ENGLISH), new DirectTaskExecutor(),
                    StoreOpener.SQLITE, path -> { }));
        });
        assertThat(second.get().isMaximized()).isTrue();
        robot.interact(() -> {
            second.get().setMaximized(false);
            second.get().show();
        });
        assertThat(List.of(second.get().getX(), second.get().getY(), second.get().getWidth(), second.get().getHeight()))
                .containsExactly(x, y, width, height);
        robot.interact(() -> {
            window.get().close();
            second.get().hide();
        });
        assertThat(Files.readString(directories.dataFolder().resolve("settings.properties")))
                .contains("window.maximized=false");
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotRestored() {
        Rectangle2D onMonitor = new Rectangle2D(1600, 100, 1200, 800);

        // With the monitor there, the window goes back onto it.
        assertThat(WindowPlacement.placed(onMonitor, List.of(LAPTOP, MONITOR))).contains(onMonitor);
        // The monitor was unplugged: no position (the desktop places the window), the size fits the laptop.
        assertThat(WindowPlacement.placed(onMonitor, List.of(LAPTOP))).isEmpty();
        assertThat(WindowPlacement.fitted(new Rectangle2D(1600, 100, 1900, 1000), LAPTOP))
                .isEqualTo(new Rectangle2D(0, 0, 1440, 900));
        // Only a sliver of the title bar on the laptop is not enough to grab the window by.
        assertThat(WindowPlacement.placed(new Rectangle2D(1400, 10, 800, 600), List.of(LAPTOP))).isEmpty();
        // Its title bar on the laptop, the rest reaching onto where the monitor was: kept as the user left it.
        assertThat(WindowPlacement.placed(new Rectangle2D(100, 50, 1440, 900), List.of(LAPTOP)))
                .contains(new Rectangle2D(100, 50, 1440, 900));
    }
}
