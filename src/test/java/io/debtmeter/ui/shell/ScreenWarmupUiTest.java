package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop app's warm-up, on a real database with the sample team (four quarters) and the real
 * background executor: while the window is left alone it builds the portfolio, the team's trends,
 * a comparison and a scorecard unseen, and it waits while the user works.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWarmupUiTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppWindow window;
    private FxTaskExecutor executor;
    /** Written on the FX thread by the watcher, read by the test once the warm-up has finished. */
    private final Set<String> built = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Long> userActions = new ArrayList<>();
    private final List<Long> screenBegunMinusLastAction = new ArrayList<>();
    private Node previousInRoom;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        try (WizardTestData data = WizardTestData.open(folder)) {
            data.store.deleteTeam(data.team.id());   // leaves the sample team as the first and only one
            data.loadSampleTeam();
        }
        executor = new FxTaskExecutor();
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(Locale.ENGLISH),
                executor, StoreOpener.SQLITE, path -> { });
        window.warmScreensWhenIdle(true);
        window.open(folder.resolve("t.db"), false);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> userActions.add(System.nanoTime()));
        watchEveryFrame();
        TestStages.show(stage);
    }

    @AfterEach
    void closeWindow() {
        executor.shutdown();
        window.close();
    }

    @Test
    void theScreensAUserOpensNextAreBuiltUnseenWhileTheWindowIsLeftAlone(FxRobot robot) throws Exception {
        awaitWarmupFinished();

        assertThat(built).containsExactly("compare laid out and styled", "scorecard laid out and styled",
                "trends laid out and styled", "portfolio laid out and styled");
        assertThat(problems).isEmpty();
        assertThat(robot.lookup("#screen-warmup").tryQuery()).isEmpty();
        assertThat(robot.lookup("#teams").tryQuery()).isPresent();
        assertThat(((Parent) robot.lookup("#stylesheet-keeper").query()).getStylesheets()).containsExactlyInAnyOrder(
                stylesheet("portfolio/portfolio.css"), stylesheet("trends/trends.css"), stylesheet("compare/compare.css"),
                stylesheet("scorecard/scorecard.css"));
    }

    @Test
    void noScreenIsBegunWhileTheUserIsPressingKeys(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#teams").tryQuery().isPresent());
        // Keys every 0.3 s for 3 s: twice as long as the warm-up waits for quiet.
        for (int press = 0; press < 10; press++) {
            robot.press(KeyCode.SHIFT).release(KeyCode.SHIFT);
            robot.sleep(300);
        }
        awaitWarmupFinished();

        assertEachScreenBeganAQuietTimeAfterTheLastAction();
    }

    @Test
    void noScreenIsBegunWhileTheMouseIsMovingOverTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#teams").tryQuery().isPresent());
        stage.getScene().addEventFilter(MouseEvent.MOUSE_MOVED, event -> userActions.add(System.nanoTime()));
        // Back and forth over the Teams screen every 0.3 s for 3 s, clicking nothing.
        for (int move = 0; move < 10; move++) {
            robot.moveTo(stage.getX() + 400 + (move % 2) * 200, stage.getY() + 300);
            robot.sleep(300);
        }
        awaitWarmupFinished();

        assertEachScreenBeganAQuietTimeAfterTheLastAction();
    }

    @Test
    void closingTheWindowInTheMiddleOfAScreenStopsTheWarmupCleanly(FxRobot robot) throws Exception {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> failures.add(failure)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previousInRoom != null);

        robot.interact(window::close);
        robot.sleep(1000);   // the screen's read in flight comes back to a closed store
        WaitForAsyncUtils.waitForFxEvents();

        MainView main = (MainView) stage.getScene().getRoot();
        assertThat(main.isWarmingUp()).isFalse();
        assertThat(robot.lookup("#screen-warmup").tryQuery()).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(problems).isEmpty();
    }

    /** All four screens were built, each begun at least the quiet time after the user's last action. */
    private void assertEachScreenBeganAQuietTimeAfterTheLastAction() {
        assertThat(userActions).hasSizeGreaterThanOrEqualTo(10);
        assertThat(built).hasSize(4);
        assertThat(screenBegunMinusLastAction).hasSize(4)
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(ScreenWarmup.QUIET_NANOS));
        assertThat(problems).isEmpty();
    }

    private void awaitWarmupFinished() throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
                () -> stage.getScene().getRoot() instanceof MainView main && !main.isWarmingUp());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * In every frame: what the warm-up room holds, whether it is styled and laid out, and that the
     * user still sees the Teams screen and nothing from the room.
     */
    private void watchEveryFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!(stage.getScene().getRoot() instanceof MainView main)) {
                    return;
                }
                Node room = main.lookup("#screen-warmup");
                Node inRoom = room instanceof Parent parent && !parent.getChildrenUnmodifiable().isEmpty()
                        ? parent.getChildrenUnmodifiable().get(0) : null;
                if (inRoom != null && inRoom != previousInRoom) {
                    long lastAction = userActions.isEmpty() ? Long.MIN_VALUE / 2 : userActions.get(userActions.size() - 1);
                    screenBegunMinusLastAction.add(now - lastAction);
                }
                if (previousInRoom != null && inRoom != previousInRoom && previousInRoom instanceof Parent done) {
                    boolean laidOut = done.getLayoutBounds().getWidth() > 900;
                    boolean styled = anySkinnedControl(done);
                    built.add(done.getId() + (laidOut ? " laid out" : " not laid out")
                            + (styled ? " and styled" : " and not styled"));
                }
                if (inRoom != null && stage.getScene().getFocusOwner() != null
                        && isInside(stage.getScene().getFocusOwner(), inRoom)) {
                    problems.add("the focus went into the warm-up room");
                }
                if (!shown(main.lookup("#teams"))) {
                    problems.add("the Teams screen was not shown");
                }
                if (room != null && room.isVisible()) {
                    problems.add("the warm-up room was visible");
                }
                previousInRoom = inRoom;
            }
        }.start();
    }

    private static boolean anySkinnedControl(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control control && control.getSkin() != null) {
                return true;
            }
            if (child instanceof Parent inner && anySkinnedControl(inner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String stylesheet(String path) {
        return ScreenWarmupUiTest.class.getResource("/io/debtmeter/ui/" + path).toExternalForm();
    }
}
