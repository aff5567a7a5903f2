package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.exchange.ExchangeAssessment;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.connect.ServerOpener;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the window while an answer waits for a shared database that went away (issue 24): the
 * window asks first, and the answer leaves in an exchange file, or the window stays open and keeps
 * waiting, or closes without it only when the person says so. On a server of the test's own.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedOnCloseUiTest {

    @TempDir
    Path folder;

    private final TestPostgres.Server server = TestPostgres.ownServer();
    private Stage stage;
    private AppWindow window;
    private FxTaskExecutor executor;
    private Assessment q4;
    private Rubric rubric;

    @Start
    void start(Stage primaryStage) throws Exception {
        stage = primaryStage;
        executor = new FxTaskExecutor();
        TestPostgres.Database database = server.newDatabase();
        try (AssessmentStore setUp = PostgresAssessmentStore.open(PostgresDatabases.location(database))) {
            rubric = WizardTestData.defaultRubric(folder);
            q4 = WizardTestData.newQ4(setUp, rubric);
        }
        ServerLogin noPasswordFile = new ServerLogin(Map.of("HOME", folder.toString(),
                "PGPASSFILE", folder.resolve("no-pgpass").toString()), warning -> { });
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(Locale.ENGLISH),
                executor, StoreOpener.SQLITE, ServerOpener.postgres(Locale.ENGLISH), noPasswordFile, path -> { });
        window.connect(PostgresDatabases.location(database), false);
        TestStages.show(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            TestStages.lightTheme();
        }).get(10, TimeUnit.SECONDS);
        executor.shutdown();
        server.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The wizard open on Q4, the server gone, and the first item answered 2: one change waiting. */
    private void anAnswerWaitsForTheServer(FxRobot robot) throws Exception {
        await(() -> stage.getScene().getRoot() instanceof MainView);
        robot.interact(() -> ((MainView) stage.getScene().getRoot()).showWizard(q4.id()));
        await(() -> robot.lookup("#choice-2").tryQuery().isPresent());
        server.crash();
        Scrolling.reveal(robot, "#choice-2").clickOn("#choice-2");
        await(() -> robot.lookup("#wizard-save-state").queryAs(Label.class).getText()
                .equals("Not saved \u2014 reconnecting"));
    }

    /** As the window's close button: later on the FX thread, since the question waits there for an answer. */
    private void askToClose(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            Window shown = stage.getScene().getWindow();
            shown.fireEvent(new WindowEvent(shown, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        await(() -> robot.lookup("#unsaved-on-close").tryQuery().isPresent());
    }

    @Test
    void exportingTheWaitingAnswerClosesTheWindowWithTheAnswerInTheFile(FxRobot robot) throws Exception {
        anAnswerWaitsForTheServer(robot);

        askToClose(robot);

        assertThat(robot.lookup("#unsaved-on-close").tryQuery()).isPresent();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("One change is not saved yet.");
        assertThat(stage.isShowing()).as("the request waits for the answer").isTrue();
        robot.interact(() -> Screenshots.save(robot.lookup("#unsaved-on-close").query().getScene(), "unsaved-on-close-light"));
        Path file = folder.resolve("kept answers.json");
        TextField where = robot.lookup("#unsaved-file").queryAs(TextField.class);
        robot.interact(() -> where.setText(""));
        robot.clickOn(where).write(file.toString());
        robot.clickOn("#unsaved-export");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
        assertThat(Files.exists(file)).isTrue();
        ExchangeAssessment kept = new ExchangeReader().read(file).teams().getFirst().assessments().getFirst();
        assertThat(kept.assessment().id()).isEqualTo(q4.id());
        assertThat(kept.responses()).containsExactly(
                ItemResponse.open(rubric.items().getFirst().id()).withAnswer(new Answer.Level(2)));
    }

    @Test
    void keepingWaitingLeavesTheWindowOpenAndClosingWithoutOnlyWhenSaidSo(FxRobot robot) throws Exception {
        anAnswerWaitsForTheServer(robot);

        robot.interact(TestStages::darkTheme);
        askToClose(robot);
        robot.interact(() -> Screenshots.save(robot.lookup("#unsaved-on-close").query().getScene(), "unsaved-on-close-dark"));
        robot.clickOn("#unsaved-wait");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#unsaved-on-close").tryQuery()).isEmpty();
        assertThat(robot.lookup("#wizard-save-state").queryAs(Label.class).getText())
                .isEqualTo("Not saved \u2014 reconnecting");

        askToClose(robot);
        robot.clickOn("#unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
        assertThat(Files.list(folder).filter(path -> path.toString().endsWith(".json"))).isEmpty();
    }

    @Test
    void theWizardsBackAsksTheSameAndLeavesForTheTeamsOnlyWhenSaidSo(FxRobot robot) throws Exception {
        anAnswerWaitsForTheServer(robot);

        robot.clickOn("#wizard-close");
        await(() -> robot.lookup("#unsaved-on-close").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("One change is not saved yet.");
        robot.clickOn("#unsaved-wait");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unsaved-on-close").tryQuery()).isEmpty();
        assertThat(robot.lookup("#wizard-save-state").queryAs(Label.class).getText())
                .isEqualTo("Not saved \u2014 reconnecting");
        assertThat(robot.lookup("#teams").tryQuery()).as("still in the wizard").isEmpty();

        robot.clickOn("#wizard-close");
        await(() -> robot.lookup("#unsaved-on-close").tryQuery().isPresent());
        robot.clickOn("#unsaved-discard");
        await(() -> robot.lookup("#teams").tryQuery().isPresent());

        assertThat(stage.isShowing()).as("Back leaves the wizard, not the window").isTrue();
        assertThat(robot.lookup("#wizard-header").tryQuery()).isEmpty();
        assertThat(Files.list(folder).filter(path -> path.toString().endsWith(".json"))).isEmpty();
    }
}
