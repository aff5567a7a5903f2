package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeAssessment;
import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestStages;
import javafx.scene.control.Label;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.debtmeter.testsupport.OnScreen.shown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared database's server goes away in the middle of an assessment (issue 24, part 4): the
 * header says "Not saved — reconnecting", every answer given meanwhile stays on screen and is kept,
 * they can be taken away in an exchange file, and once the server is back they are saved by
 * themselves, in order, without the person doing anything. On a server of the test's own.
 */
@ExtendWith(ApplicationExtension.class)
class ServerAwayUiTest {

    @TempDir
    Path tempDir;

    private final TestPostgres.Server server = TestPostgres.ownServer();
    private PostgresLocation where;
    private AssessmentStore store;
    private Rubric rubric;
    private Assessment q4;
    private ShownWizard wizard;

    @Start
    void start(Stage stage) throws Exception {
        TestPostgres.Database database = server.newDatabase();
        where = PostgresDatabases.location(database);
        store = PostgresAssessmentStore.open(where);
        rubric = WizardTestData.defaultRubric(tempDir);
        q4 = WizardTestData.newQ4(store, rubric);
        wizard = new ShownWizard(stage, store, q4);
    }

    @AfterEach
    void close(FxRobot robot) {
        wizard.close(robot);
        store.close();
        server.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String saveState(FxRobot robot) {
        return robot.lookup("#wizard-save-state").queryAs(Label.class).getText();
    }

    @Test
    void answersGivenWhileTheServerIsAwayAreKeptExportableAndSavedWhenItReturns(FxRobot robot) throws Exception {
        waitUntil(() -> wizard.viewModel.loadedProperty().get());
        server.crash();

        Scrolling.reveal(robot, "#choice-2").clickOn("#choice-2");
        waitUntil(() -> saveState(robot).equals("Not saved \u2014 reconnecting"));
        assertThat(robot.lookup("#wizard-save-error").queryAs(Label.class).getText())
                .startsWith("Not saved \u2014 reconnecting: Could not save the answer: PostgreSQL database ")
                .contains("cannot be reached");
        Scrolling.reveal(robot, "#wizard-next-item").clickOn("#wizard-next-item");
        Scrolling.reveal(robot, "#choice-1").clickOn("#choice-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saveState(robot)).isEqualTo("Not saved \u2014 reconnecting");
        assertThat(wizard.viewModel.saving().hasUnsavedChanges()).isTrue();
        robot.interact(() -> Screenshots.save(wizard.scene, "wizard-reconnecting-light"));
        robot.interact(TestStages::darkTheme);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(wizard.scene, "wizard-reconnecting-dark"));
        assertThat(Legibility.lowContrast(wizard.scene)).isEmpty();
        robot.interact(TestStages::lightTheme);

        // Taken away in a file while the server is down: both answers, the assessment as of now.
        Instant exported = Instant.parse("2026-12-07T11:00:00Z");
        Path file = wizard.viewModel.sharing().exportHeld(tempDir.resolve("unsaved.json"), Clock.fixed(exported, ZoneOffset.UTC));
        ExchangeDocument document = new ExchangeReader().read(file);
        ExchangeAssessment kept = document.teams().getFirst().assessments().getFirst();
        assertThat(kept.assessment().id()).isEqualTo(q4.id());
        assertThat(kept.assessment().updatedAt()).isEqualTo(exported);
        assertThat(kept.responses()).containsExactly(
                ItemResponse.open(rubric.items().get(0).id()).withAnswer(new Answer.Level(2)),
                ItemResponse.open(rubric.items().get(1).id()).withAnswer(new Answer.Level(1)));

        server.restart();

        waitUntil(() -> wizard.viewModel.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(saveState(robot)).isEqualTo("Saved");
        assertThat(shown(robot, "#wizard-save-error")).isFalse();
        try (AssessmentStore other = PostgresAssessmentStore.open(where)) {
            Map<String, ItemResponse> stored = other.responses(q4.id());
            assertThat(stored).containsEntry(rubric.items().get(0).id(),
                    ItemResponse.open(rubric.items().get(0).id()).withAnswer(new Answer.Level(2)));
            assertThat(stored).containsEntry(rubric.items().get(1).id(),
                    ItemResponse.open(rubric.items().get(1).id()).withAnswer(new Answer.Level(1)));
        }
    }
}
