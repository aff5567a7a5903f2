package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.debtmeter.testsupport.OnScreen.shown;
import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator walks through items with mouse and keyboard. The team assessed itself last quarter
 * (item 1 at level 3, carried over into this quarter) and still has an open action on item 1.
 */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private Rubric rubric;
    private Assessment q3;
    private Assessment q4;
    private ActionItem earlierAction;
    private Stage stage;
    private Scene scene;
    private WizardView view;
    private final AtomicReference<UUID> finished = new AtomicReference<>();
    private final AtomicInteger closed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        q3 = data.finishedQ3(3);
        earlierAction = data.addQ3Action(q3);
        q4 = data.assessment(rubric, WizardTestData.Q4_DATE, "2026-Q4", Optional.of(q3.id()));

        scene = TestStages.showStyled(stage, wizardFor(q4.id()));
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    private WizardView wizardFor(UUID assessmentId) {
        WizardViewModel viewModel = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId, "en");
        view = new WizardView(viewModel, new Texts(Locale.ENGLISH), closed::incrementAndGet, finished::set);
        return view;
    }

    private Item item(int index) {
        return rubric.items().get(index);
    }

    private ItemResponse stored(int index) {
        return data.store.responses(q4.id()).get(item(index).id());
    }

    /** Ctrl+A, so what is written next replaces the carried-over note. */
    private static FxRobot selectAll(FxRobot robot) {
        return robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    }

    private static FxRobot reveal(FxRobot robot, String query) {
        return Scrolling.reveal(robot, query);
    }

    /** Opens side tab 1 (votes), 2 (note and evidence) or 3 (actions) as a facilitator does: Ctrl and its number. */
    private static FxRobot tab(FxRobot robot, int number) {
        return robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(number))).release(KeyCode.CONTROL);
    }

    // --- choosing answers ----------------------------------------------------------------------

    @Test
    void theCarriedOverAnswerIsShownWithLastQuartersLevelAndConfirmedWithOneClick(FxRobot robot) {
        assertThat(text(robot, "#wizard-question")).isEqualTo(item(0).question());
        assertThat(text(robot, "#wizard-position")).isEqualTo("1 / 30");
        assertThat(text(robot, "#wizard-team")).isEqualTo("Search ranking \u00b7 2026-Q4");
        assertThat(text(robot, "#wizard-previous")).isEqualTo("3 \u00b7 Routine");
        assertThat(robot.lookup("#choice-3").queryAs(ChoiceCard.class).isSelected()).isTrue();
        assertThat(shown(robot, "#wizard-carried-over")).isTrue();

        robot.clickOn("#wizard-confirm");

        assertThat(stored(0).carriedOver()).isFalse();
        assertThat(shown(robot, "#wizard-carried-over")).isFalse();
        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Saved");
    }

    @Test
    void clickingACardChoosesItsLevelAndHighlightsOnlyThatCard(FxRobot robot) {
        robot.clickOn("#choice-2");

        assertThat(stored(0).answer()).contains(new Answer.Level(2));
        assertThat(stored(0).carriedOver()).isFalse();
        assertThat(robot.lookup("#choice-2").queryAs(ChoiceCard.class).isSelected()).isTrue();
        assertThat(robot.lookup("#choice-3").queryAs(ChoiceCard.class).isSelected()).isFalse();
        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Saved");

        robot.clickOn("#choice-2");
        assertThat(robot.lookup("#choice-2").queryAs(ChoiceCard.class).isSelected()).as("a second click keeps it").isTrue();
    }

    @Test
    void digitKeysChooseLevelsNMarksNotApplicableAndArrowsMove(FxRobot robot) {
        robot.type(KeyCode.DIGIT4);
        assertThat(stored(0).answer()).contains(new Answer.Level(4));

        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#wizard-position")).isEqualTo("2 / 30");
        assertThat(text(robot, "#wizard-question")).isEqualTo(item(1).question());
        robot.type(KeyCode.N);
        assertThat(stored(1).answer()).contains(new Answer.NotApplicable());
        assertThat(robot.lookup("#choice-na").queryAs(ChoiceCard.class).isSelected()).isTrue();

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT0);
        assertThat(stored(2).answer()).contains(new Answer.Level(0));
        robot.type(KeyCode.LEFT, 2);
        assertThat(text(robot, "#wizard-position")).isEqualTo("1 / 30");
        assertThat(text(robot, "#sidebar-" + item(1).id() + " .sidebar-state")).isEqualTo("N/A");
    }

    @Test
    void aLitmusQuestionIsAnsweredWithDigitsOneToN(FxRobot robot) {
        reveal(robot, "#sidebar-" + item(29).id()).clickOn("#sidebar-" + item(29).id());
        assertThat(text(robot, "#wizard-question")).isEqualTo(item(29).question());

        robot.type(KeyCode.DIGIT2);

        assertThat(data.store.responses(q4.id()).get(item(29).id()).answer())
                .contains(new Answer.Choice(item(29).options().get(1).id()));
        assertThat(robot.lookup("#choice-2").queryAs(ChoiceCard.class).isSelected()).isTrue();
    }

    // --- typing ---------------------------------------------------------------------------------

    @Test
    void aDigitTypedIntoTheNoteStaysInTheNoteAndEscapeReturnsToTheAnswers(FxRobot robot) {
        tab(robot, 2);
        reveal(robot, "#wizard-note").clickOn("#wizard-note");
        selectAll(robot).write("We have 3 dashboards, N of them stale");

        assertThat(robot.lookup("#wizard-note").queryAs(TextArea.class).getText()).isEqualTo("We have 3 dashboards, N of them stale");
        assertThat(stored(0).answer()).as("still the carried-over level").contains(new Answer.Level(3));
        assertThat(stored(0).carriedOver()).isTrue();

        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT1);
        assertThat(stored(0).answer()).contains(new Answer.Level(1));
        assertThat(stored(0).note()).isEqualTo("We have 3 dashboards, N of them stale");

        tab(robot, 2);
        reveal(robot, "#wizard-note").clickOn("#wizard-note").type(KeyCode.END).write(" today");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.RIGHT);
        assertThat(stored(0).note()).as("moving on saved the note").isEqualTo("We have 3 dashboards, N of them stale today");
    }

    @Test
    void aPauseInTypingSavesTheNote(FxRobot robot) {
        tab(robot, 2);
        reveal(robot, "#wizard-note").clickOn("#wizard-note");
        selectAll(robot).write("Saved after a pause");
        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Typing\u2026 not saved yet");

        robot.sleep((long) NotesPanel.NOTE_SAVE_DELAY.toMillis() + 400);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored(0).note()).isEqualTo("Saved after a pause");
        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Saved");
    }

    @Test
    void evidenceIsAddedWithEnterAndRemovedWithItsButton(FxRobot robot) {
        tab(robot, 2);
        reveal(robot, "#wizard-evidence-field").clickOn("#wizard-evidence-field").write("https://grafana.example/d/attributions").type(KeyCode.ENTER);
        reveal(robot, "#wizard-evidence-field").clickOn("#wizard-evidence-field").write("Release checklist v2");
        reveal(robot, "#wizard-evidence-add").clickOn("#wizard-evidence-add");

        assertThat(stored(0).evidenceLinks()).containsExactly("https://grafana.example/d/attributions", "Release checklist v2");
        reveal(robot, "#evidence-remove-0").clickOn("#evidence-remove-0");
        assertThat(stored(0).evidenceLinks()).containsExactly("Release checklist v2");
    }

    @Test
    void evidenceAndAnActionLeftInTheirFieldsAreKeptWhenTheFacilitatorMovesOn(FxRobot robot) {
        tab(robot, 2);
        reveal(robot, "#wizard-evidence-field").clickOn("#wizard-evidence-field").write("Runbook v3");
        tab(robot, 3);
        reveal(robot, "#wizard-action-text").clickOn("#wizard-action-text").write("Review the runbook");
        reveal(robot, "#wizard-next-item").clickOn("#wizard-next-item");

        assertThat(text(robot, "#wizard-position")).isEqualTo("2 / 30");
        assertThat(stored(0).evidenceLinks()).containsExactly("Runbook v3");
        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.raisedIn().equals(q4.id()))
                .extracting(ActionItem::text, ActionItem::itemId).containsExactly(org.assertj.core.groups.Tuple.tuple("Review the runbook", item(0).id()));
        assertThat(robot.lookup("#wizard-evidence-field").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#wizard-action-text").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
    }

    // --- actions --------------------------------------------------------------------------------

    @Test
    void anActionIsAddedWithOwnerAndDueDateThenMarkedDone(FxRobot robot) {
        LocalDate due = LocalDate.of(2026, 11, 20);
        tab(robot, 3);
        reveal(robot, "#wizard-action-text").clickOn("#wizard-action-text").write("Automate the attribution report");
        reveal(robot, "#wizard-action-owner").clickOn("#wizard-action-owner").write("Ben");
        DatePicker picker = robot.lookup("#wizard-action-due").queryAs(DatePicker.class);
        reveal(robot, "#wizard-action-due").clickOn(picker.getEditor()).write(picker.getConverter().toString(due));
        reveal(robot, "#wizard-action-submit").clickOn("#wizard-action-submit");

        ActionItem added = data.store.actions(data.team.id()).stream()
                .filter(a -> a.raisedIn().equals(q4.id())).findFirst().orElseThrow();
        assertThat(added.text()).isEqualTo("Automate the attribution report");
        assertThat(added.owner()).isEqualTo("Ben");
        assertThat(added.due()).contains(due);
        assertThat(added.itemId()).isEqualTo(item(0).id());
        assertThat(robot.lookup("#action-row-" + added.id()).tryQuery()).isPresent();

        reveal(robot, "#action-row-" + added.id());
        robot.interact(() -> Screenshots.save(scene, "wizard-notes-actions"));
        reveal(robot, "#action-done-" + added.id()).clickOn("#action-done-" + added.id());
        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.id().equals(added.id()))
                .extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
    }

    @Test
    void anOpenActionFromLastQuarterIsClosedWithOneClick(FxRobot robot) {
        tab(robot, 3);
        robot.clickOn("#action-done-" + earlierAction.id());

        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.id().equals(earlierAction.id()))
                .extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
        assertThat(text(robot, "#action-status-" + earlierAction.id())).isEqualTo("Done");
    }

    // --- votes ----------------------------------------------------------------------------------

    @Test
    void votesFarApartRaiseDiscussAndTheMedianSettlesTheItem(FxRobot robot) {
        robot.clickOn("#sidebar-" + item(4).id());
        assertThat(shown(robot, "#wizard-discuss")).isFalse();

        robot.clickOn("#vote-plus-1").clickOn("#vote-plus-1");
        robot.clickOn("#vote-plus-2").clickOn("#vote-plus-2").clickOn("#vote-plus-2");
        assertThat(shown(robot, "#wizard-discuss")).isFalse();
        robot.clickOn("#vote-plus-4");

        assertThat(shown(robot, "#wizard-discuss")).isTrue();
        assertThat(text(robot, "#wizard-discuss")).startsWith("Discuss");
        assertThat(text(robot, "#vote-count-2")).isEqualTo("3");
        assertThat(text(robot, "#sidebar-" + item(4).id() + " .sidebar-state")).isEqualTo("discuss");
        assertThat(robot.lookup("#wizard-use-median").queryButton().getText()).isEqualTo("Use median 2");
        robot.interact(() -> Screenshots.save(scene, "wizard-votes"));

        robot.clickOn("#wizard-use-median");

        assertThat(data.store.responses(q4.id()).get(item(4).id()).answer()).contains(new Answer.Level(2));
        assertThat(data.store.responses(q4.id()).get(item(4).id()).votes()).containsEntry("4", 1);
    }

    // --- presenter, help, find ------------------------------------------------------------------

    @Test
    void presenterModeEnlargesTheScreenAndTogglesBack(FxRobot robot) {
        robot.interact(() -> Screenshots.save(scene, "wizard"));
        double normal = robot.lookup("#choice-0 .choice-descriptor").queryAs(Label.class).getFont().getSize();

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.isPresenterMode()).isTrue();
        assertThat(robot.lookup("#choice-0 .choice-descriptor").queryAs(Label.class).getFont().getSize()).isGreaterThanOrEqualTo(normal * 1.4);
        robot.interact(() -> Screenshots.save(scene, "wizard-presenter"));

        robot.clickOn("#wizard-presenter");
        assertThat(view.isPresenterMode()).isFalse();
    }

    @Test
    void nothingIsWiderThanItsColumnAt1280And1920WithAndWithoutPresenterMode(FxRobot robot) {
        assertThat(mainColumnFits(robot, view)).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(mainColumnFits(robot, view)).as("presenter at 1280x800").isTrue();
        assertThat(robot.lookup("#wizard-sidebar").tryQuery()).as("the item list makes room").isEmpty();

        // The headless screen is 1280x800, so the full-HD projector is an off-screen scene of that size.
        WizardViewModel largeModel = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), q4.id(), "en");
        AtomicReference<WizardView> largeView = new AtomicReference<>();
        AtomicReference<Scene> fullHdScene = new AtomicReference<>();
        robot.interact(() -> {
            largeView.set(new WizardView(largeModel, new Texts(Locale.ENGLISH), () -> { }, id -> { }));
            fullHdScene.set(new Scene(largeView.get(), 1920, 1080));
            fullHdScene.get().getStylesheets().addAll(scene.getStylesheets());
        });
        WizardView large = largeView.get();
        Scene fullHd = fullHdScene.get();
        robot.interact(() -> {
            large.togglePresenter();
            fullHd.snapshot(null);
        });
        assertThat(mainColumnFits(robot, large)).as("presenter at 1920x1080").isTrue();
        robot.interact(() -> Screenshots.save(fullHd, "wizard-presenter-1080"));
        robot.interact(() -> {
            large.togglePresenter();
            largeModel.goTo(29);
            fullHd.snapshot(null);
        });
        assertThat(mainColumnFits(robot, large)).isTrue();
        robot.interact(() -> Screenshots.save(fullHd, "wizard-litmus-1080"));
    }

    /** The item's column holds its content at its own width: no card or text runs off its right edge. */
    private static boolean mainColumnFits(FxRobot robot, WizardView wizard) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane column = (ScrollPane) wizard.lookup("#wizard-main-scroll");
        return column.getContent().getLayoutBounds().getWidth() <= column.getViewportBounds().getWidth() + 0.5;
    }

    @Test
    void f1ShowsEveryShortcutAndEscapeClosesIt(FxRobot robot) {
        robot.type(KeyCode.F1);

        assertThat(shown(robot, "#wizard-help-keys")).isTrue();
        robot.interact(() -> Screenshots.save(scene, "wizard-help"));
        robot.type(KeyCode.DIGIT2);
        assertThat(stored(0).answer()).as("keys do not reach the item behind the card").contains(new Answer.Level(3));

        robot.type(KeyCode.ESCAPE);
        assertThat(shown(robot, "#wizard-overlay")).isFalse();
    }

    @Test
    void ctrlFFiltersTheItemsAndEnterJumps(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(item(6).title());
        robot.type(KeyCode.ENTER);

        assertThat(shown(robot, "#wizard-overlay")).isFalse();
        assertThat(text(robot, "#wizard-question")).isEqualTo(item(6).question());
        assertThat(text(robot, "#wizard-position")).isEqualTo("7 / 30");
    }

    // --- saving fails ---------------------------------------------------------------------------

    @Test
    void aFailedSaveIsShownAsNotSavedAndRetrySavesIt(FxRobot robot) {
        data.store.finish(q4.id());

        robot.clickOn("#choice-1");

        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Not saved");
        assertThat(text(robot, "#wizard-save-error")).contains("final");
        assertThat(shown(robot, "#wizard-unsaved")).isTrue();
        assertThat(robot.lookup("#choice-1").queryAs(ChoiceCard.class).isSelected()).as("the choice stays visible").isTrue();
        assertThat(text(robot, "#sidebar-" + item(0).id() + " .sidebar-state")).isEqualTo("not saved");
        robot.interact(() -> Screenshots.save(scene, "wizard-not-saved"));

        data.store.reopen(q4.id());
        robot.clickOn("#wizard-retry");

        assertThat(text(robot, "#wizard-save-state")).isEqualTo("Saved");
        assertThat(shown(robot, "#wizard-unsaved")).isFalse();
        assertThat(stored(0).answer()).contains(new Answer.Level(1));
    }

    // --- finishing ------------------------------------------------------------------------------

    @Test
    void finishAsksAboutOpenItemsThenMakesTheAssessmentFinal(FxRobot robot) {
        robot.clickOn("#wizard-finish");

        assertThat(text(robot, "#wizard-finish-unanswered")).isEqualTo("29 items are unanswered \u2014 finish anyway?");
        assertThat(text(robot, "#wizard-finish-unconfirmed")).startsWith("1 carried-over answer is not confirmed");
        robot.interact(() -> Screenshots.save(scene, "wizard-finish"));
        robot.clickOn("#wizard-finish-cancel");
        assertThat(finished.get()).isNull();

        robot.clickOn("#wizard-finish");
        robot.clickOn("#wizard-finish-confirm");

        assertThat(finished.get()).isEqualTo(q4.id());
        assertThat(data.store.assessment(q4.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void aFinalAssessmentIsReadOnlyUntilReopened(FxRobot robot) {
        robot.interact(() -> scene.setRoot(wizardFor(q3.id())));
        robot.clickOn("#sidebar-" + item(1).id());

        assertThat(shown(robot, "#wizard-reopen")).isTrue();
        assertThat(robot.lookup("#choice-2").queryAs(ChoiceCard.class).isReadOnly()).isTrue();
        robot.clickOn("#choice-2");
        robot.type(KeyCode.DIGIT2);
        assertThat(data.store.responses(q3.id())).doesNotContainKey(item(1).id());
        robot.interact(() -> Screenshots.save(scene, "wizard-final"));

        robot.clickOn("#wizard-reopen");

        assertThat(data.store.assessment(q3.id()).orElseThrow().isFinal()).isFalse();
        assertThat(shown(robot, "#wizard-reopen")).isFalse();
        robot.clickOn("#choice-2");
        assertThat(data.store.responses(q3.id()).get(item(1).id()).answer()).contains(new Answer.Level(2));
    }

    @Test
    void backLeavesTheWizard(FxRobot robot) {
        robot.clickOn("#wizard-close");

        assertThat(closed).hasValue(1);
    }
}
