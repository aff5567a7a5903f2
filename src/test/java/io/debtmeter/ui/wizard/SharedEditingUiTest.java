package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestStages;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.debtmeter.testsupport.OnScreen.shown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two facilitators on one shared PostgreSQL database (issue 24): this window's wizard and another
 * laptop's store. The other's saves appear in the open wizard by themselves; an item both changed is
 * never overwritten unseen, and the person chooses which answer stays.
 */
@ExtendWith(ApplicationExtension.class)
class SharedEditingUiTest {

    @TempDir
    Path tempDir;

    private AssessmentStore mine;
    private AssessmentStore theirs;
    private Assessment q4;
    private Item first;
    private ShownWizard wizard;

    @Start
    void start(Stage stage) throws Exception {
        TestPostgres.Database database = TestPostgres.newDatabase();
        mine = PostgresAssessmentStore.open(PostgresDatabases.location(database));
        theirs = PostgresAssessmentStore.open(PostgresDatabases.location(database));
        Rubric rubric = WizardTestData.defaultRubric(tempDir);
        q4 = WizardTestData.newQ4(mine, rubric);
        first = rubric.items().getFirst();
        wizard = new ShownWizard(stage, mine, q4);
    }

    @AfterEach
    void close(FxRobot robot) {
        wizard.close(robot);
        mine.close();
        theirs.close();
    }

    private static ItemResponse answer(Item item, double level, String note) {
        return ItemResponse.open(item.id()).withAnswer(new Answer.Level(level)).withNote(note);
    }

    private boolean selected(FxRobot robot, String choice) {
        return robot.lookup(choice).queryAs(ChoiceCard.class).isSelected();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAnswerSavedOnAnotherLaptopAppearsInTheOpenWizard(FxRobot robot) throws Exception {
        waitUntil(() -> wizard.viewModel.loadedProperty().get());
        assertThat(selected(robot, "#choice-3")).isFalse();

        theirs.saveResponse(q4.id(), answer(first, 3, "Ben: the feature store covers it"), StoredResponse.NEVER_SAVED);

        waitUntil(() -> selected(robot, "#choice-3"));
        assertThat(robot.lookup("#wizard-note").queryAs(TextArea.class).getText())
                .isEqualTo("Ben: the feature store covers it");
        assertThat(shown(robot, "#wizard-conflict")).isFalse();
        // Changing it afterwards is based on their save: no conflict, and theirs is replaced knowingly.
        Scrolling.reveal(robot, "#choice-2").clickOn("#choice-2");
        waitUntil(() -> wizard.viewModel.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(theirs.storedResponses(q4.id()).get(first.id()).response().answer()).contains(new Answer.Level(2));
        assertThat(theirs.storedResponses(q4.id()).get(first.id()).version()).isEqualTo(2);
    }

    /** Their save lands while this wizard has not looked yet: the click that follows would overwrite it. */
    private void conflictOnTheFirstItem(FxRobot robot) throws Exception {
        waitUntil(() -> wizard.viewModel.loadedProperty().get());
        robot.interact(() -> wizard.viewModel.sharing().stopLooking());
        theirs.saveResponse(q4.id(), answer(first, 4, "Ben: automated last sprint"), StoredResponse.NEVER_SAVED);

        Scrolling.reveal(robot, "#choice-1").clickOn("#choice-1");

        waitUntil(() -> shown(robot, "#wizard-conflict"));
        assertThat(robot.lookup("#wizard-conflict-title").queryAs(Label.class).getText())
                .isEqualTo("Someone else saved another answer to \u201c" + first.title()
                        + "\u201d while you were changing it. Which one should stay?");
        assertThat(robot.lookup("#wizard-conflict-theirs").queryAs(Label.class).getText())
                .startsWith("Theirs, saved at ").contains(": 4 \u00b7 ")
                .endsWith("\u2014 note: \u201cBen: automated last sprint\u201d");
        assertThat(robot.lookup("#wizard-unsaved").queryAs(Label.class).getText())
                .isEqualTo("This item's latest change is not saved: choose above which answer stays.");
        assertThat(shown(robot, "#wizard-save-error")).as("the conflict says why; no second banner").isFalse();
        assertThat(robot.lookup("#wizard-conflict-mine").queryAs(Label.class).getText())
                .startsWith("Yours, not saved yet: 1 \u00b7 ").doesNotContain("note:");
        assertThat(wizard.viewModel.saving().saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(theirs.storedResponses(q4.id()).get(first.id()).response()).isEqualTo(answer(first, 4,
                "Ben: automated last sprint"));
    }

    @Test
    void keepingMineSavesItOverTheirsOnlyAfterAsking(FxRobot robot) throws Exception {
        conflictOnTheFirstItem(robot);
        robot.interact(() -> Screenshots.save(wizard.scene, "wizard-conflict-light"));
        assertThat(Legibility.truncated(wizard.scene)).isEmpty();

        robot.clickOn("#wizard-keep-mine");

        waitUntil(() -> wizard.viewModel.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(shown(robot, "#wizard-conflict")).isFalse();
        StoredResponse stored = theirs.storedResponses(q4.id()).get(first.id());
        assertThat(stored.response().answer()).contains(new Answer.Level(1));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(selected(robot, "#choice-1")).isTrue();
    }

    @Test
    void keepingTheirsShowsTheirAnswerAndWritesNothing(FxRobot robot) throws Exception {
        conflictOnTheFirstItem(robot);
        robot.interact(TestStages::darkTheme);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(wizard.scene, "wizard-conflict-dark"));
        assertThat(Legibility.lowContrast(wizard.scene)).isEmpty();

        robot.clickOn("#wizard-keep-theirs");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#wizard-conflict")).isFalse();
        assertThat(selected(robot, "#choice-4")).isTrue();
        assertThat(selected(robot, "#choice-1")).isFalse();
        assertThat(robot.lookup("#wizard-note").queryAs(TextArea.class).getText()).isEqualTo("Ben: automated last sprint");
        assertThat(wizard.viewModel.saving().hasUnsavedChanges()).isFalse();
        assertThat(wizard.viewModel.saving().saveStateProperty().get()).isNotEqualTo(SaveState.FAILED);
        StoredResponse stored = theirs.storedResponses(q4.id()).get(first.id());
        assertThat(stored.version()).isEqualTo(1);
        // The next change is based on their version, so it saves without asking again.
        Scrolling.reveal(robot, "#choice-3").clickOn("#choice-3");
        waitUntil(() -> wizard.viewModel.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(theirs.storedResponses(q4.id()).get(first.id()).version()).isEqualTo(2);
    }
}
