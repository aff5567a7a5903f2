package io.debtmeter.ui.shell;

import atlantafx.base.controls.Notification;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** An assessment opened by id (a point on a trend line) that is gone or cannot be read is told, not ignored. */
@ExtendWith(ApplicationExtension.class)
class OpenAssessmentUiTest {

    @TempDir
    Path folder;

    private final AtomicBoolean readsFail = new AtomicBoolean();
    private AppWindow window;

    @Start
    void start(Stage stage) {
        StoreOpener opener = (file, readOnly) -> failingWhenAsked(StoreOpener.SQLITE.open(file, readOnly));
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(Locale.ENGLISH),
                new DirectTaskExecutor(), opener, path -> { });
        window.open(folder.resolve("open.db"), false);
        stage.show();
    }

    @AfterEach
    void closeStore() {
        window.close();
    }

    @Test
    void anAssessmentThatIsGoneIsSaidToBeGone(FxRobot robot) {
        MainView main = robot.lookup("#main").queryAs(MainView.class);

        robot.interact(() -> main.openAssessment(UUID.randomUUID()));

        assertThat(notices(main)).containsExactly("That assessment no longer exists.");
    }

    @Test
    void aReadThatFailsIsExplained(FxRobot robot) {
        MainView main = robot.lookup("#main").queryAs(MainView.class);
        readsFail.set(true);

        robot.interact(() -> main.openAssessment(UUID.randomUUID()));

        assertThat(notices(main)).containsExactly("Could not open the assessment: The disk is unreadable.");
    }

    private static List<String> notices(MainView main) {
        return main.notifications().getChildren().stream()
                .filter(Notification.class::isInstance).map(node -> ((Notification) node).getMessage()).toList();
    }

    /** The real store, except that reading an assessment fails once {@link #readsFail} is set. */
    private AssessmentStore failingWhenAsked(AssessmentStore store) {
        return (AssessmentStore) Proxy.newProxyInstance(AssessmentStore.class.getClassLoader(),
                new Class<?>[] {AssessmentStore.class}, (proxy, method, arguments) -> {
                    if (readsFail.get() && method.getName().equals("assessment")) {
                        throw new StoreException("The disk is unreadable.");
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
