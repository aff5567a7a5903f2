package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.debtmeter.testsupport.OnScreen.shown;
import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a facilitator tripped over in the first real retrospective (issue 19): the vote, note and
 * action areas out of reach at 1280 × 800, Discuss lost once a level was chosen, cut text, litmus
 * items showing a list number, and "last time" for items the previous assessment never had.
 * The wizard sits below 98 pixels standing for the app's menu bar and header, as in the app's window.
 */
@ExtendWith(ApplicationExtension.class)
class WizardLayoutUiTest {

    /** The app's menu bar (40) and header (58) above the wizard in a 1280 × 800 window. */
    private static final double APP_CHROME = 98;

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private Rubric rubric;
    private Assessment q4;
    private ActionItem earlierAction;
    private Scene scene;
    private WizardView view;

    @Start
    void start(Stage stage) {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        Assessment q3 = data.finishedQ3(3);
        earlierAction = data.addQ3Action(q3);
        q4 = data.assessment(rubric, WizardTestData.Q4_DATE, "2026-Q4", Optional.of(q3.id()));
        scene = TestStages.showStyled(stage, inAppWindow(q4.id()));
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private Parent inAppWindow(UUID assessmentId) {
        WizardViewModel viewModel = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId, "en");
        view = new WizardView(viewModel, new Texts(Locale.ENGLISH), () -> { }, id -> { });
        Region chrome = new Region();
        chrome.setMinHeight(APP_CHROME);
        chrome.setPrefHeight(APP_CHROME);
        VBox window = new VBox(chrome, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return window;
    }

    private Item item(int index) {
        return rubric.items().get(index);
    }

    private ItemResponse stored(int index) {
        return data.store.responses(q4.id()).getOrDefault(item(index).id(), ItemResponse.open(item(index).id()));
    }

    private static FxRobot tab(FxRobot robot, int number) {
        return robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(number))).release(KeyCode.CONTROL);
    }

    private String focusId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String[] id = new String[1];
        robot.interact(() -> id[0] = scene.getFocusOwner() == null ? null : scene.getFocusOwner().getId());
        return id[0];
    }

    /**
     * Nodes not fully on screen without scrolling: outside the window, or outside the scroll pane they
     * sit in (with the pane scrolled to its top, as a tab opens).
     */
    private List<String> outOfView(FxRobot robot, String... queries) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (String query : queries) {
                for (Node node : robot.lookup(query).queryAll()) {
                    if (!node.isVisible()) {
                        continue;
                    }
                    Bounds box = node.localToScene(node.getLayoutBounds());
                    if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > scene.getWidth() + 0.5
                            || box.getMaxY() > scene.getHeight() + 0.5) {
                        out.add(query + " at " + box + " outside the window");
                    }
                    for (Node up = node.getParent(); up != null; up = up.getParent()) {
                        if (up instanceof ScrollPane pane) {
                            Bounds viewport = pane.localToScene(pane.getLayoutBounds());
                            if (box.getMinY() < viewport.getMinY() - 0.5 || box.getMaxY() > viewport.getMaxY() + 0.5) {
                                out.add(query + " at y " + Math.round(box.getMinY()) + ".." + Math.round(box.getMaxY())
                                        + " outside its scroll pane " + pane.getId() + " at " + Math.round(viewport.getMinY())
                                        + ".." + Math.round(viewport.getMaxY()));
                            }
                        }
                    }
                }
            }
        });
        return out;
    }

    private void assertEveryAreaInView(FxRobot robot, String mode) {
        tab(robot, 1);
        assertThat(focusId(robot)).as(mode + ": Ctrl+1 puts the focus on the first vote").isEqualTo("vote-plus-0");
        assertThat(outOfView(robot, "#wizard-vote-rows .button", "#wizard-vote-rows .vote-count",
                "#wizard-vote-summary", "#wizard-votes-clear", "#wizard-previous")).as(mode + ", votes").isEmpty();

        tab(robot, 2);
        assertThat(focusId(robot)).as(mode + ": Ctrl+2 puts the cursor in the note").isEqualTo("wizard-note");
        assertThat(outOfView(robot, "#wizard-note", "#wizard-evidence-field", "#wizard-evidence-add")).as(mode + ", note").isEmpty();

        tab(robot, 3);
        assertThat(focusId(robot)).as(mode + ": Ctrl+3 puts the cursor in the new action").isEqualTo("wizard-action-text");
        assertThat(outOfView(robot, "#wizard-action-text", "#wizard-action-owner", "#wizard-action-due",
                "#wizard-action-submit", "#action-done-" + earlierAction.id())).as(mode + ", actions").isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    // --- 1. note, evidence, actions and votes within reach ---------------------------------------

    @Test
    void votesNoteEvidenceAndActionsAreInViewAt1280x800AndReachedFromTheKeyboard(FxRobot robot) {
        assertEveryAreaInView(robot, "normal");

        // The whole flow without the mouse: a level, a vote, a note, an action.
        robot.type(KeyCode.DIGIT2);
        tab(robot, 1).type(KeyCode.SPACE);
        // Ctrl+A first: the note carried over from Q3 ("From Q3") is replaced.
        tab(robot, 2).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Attribution plots reviewed by hand").type(KeyCode.ESCAPE);
        tab(robot, 3).write("Automate the attribution report").type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);

        assertThat(stored(0).answer()).contains(new Answer.Level(2));
        assertThat(stored(0).votes()).isEqualTo(Map.of("0", 1));
        assertThat(stored(0).note()).isEqualTo("Attribution plots reviewed by hand");
        assertThat(data.store.actions(data.team.id())).filteredOn(a -> a.raisedIn().equals(q4.id()))
                .extracting(ActionItem::text).containsExactly("Automate the attribution report");

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(view.isPresenterMode()).isTrue();
        assertEveryAreaInView(robot, "presenter");
        robot.interact(() -> Screenshots.save(scene, "wizard-tabs-presenter"));
    }

    // --- 3. nothing cut -------------------------------------------------------------------------

    @Test
    void nothingIsCutInAnyTabOrTheKeysCardLightAndDarkNormalAndPresenter(FxRobot robot) {
        // Votes give the summary its longest text beside "Clear votes", and a Discuss flag.
        robot.clickOn("#vote-plus-0").clickOn("#vote-plus-0").clickOn("#vote-plus-4").clickOn("#vote-plus-4").clickOn("#vote-plus-2");
        robot.type(KeyCode.ESCAPE);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(dark ? TestStages::darkTheme : TestStages::lightTheme);
            for (boolean presenter : new boolean[] {false, true}) {
                if (view.isPresenterMode() != presenter) {
                    robot.interact(view::togglePresenter);
                }
                String mode = (dark ? "dark" : "light") + (presenter ? ", presenter" : "");
                for (int number = 1; number <= 3; number++) {
                    tab(robot, number);
                    assertLegible(robot, mode + ", tab " + number);
                }
                robot.type(KeyCode.ESCAPE);
                robot.type(KeyCode.F1);
                assertThat(shown(robot, "#wizard-help-keys")).isTrue();
                assertLegible(robot, mode + ", keys card");
                assertThat(outOfView(robot, "#wizard-help-close")).as(mode + ": the keys card's Close button").isEmpty();
                robot.interact(() -> Screenshots.save(scene, "wizard-keys-" + mode.replace(", ", "-")));
                robot.type(KeyCode.ESCAPE);
            }
        }
    }

    private void assertLegible(FxRobot robot, String mode) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            problems.addAll(Legibility.truncated(scene));
            problems.addAll(Legibility.overflowing(scene));
        });
        assertThat(problems).as(mode).isEmpty();
    }

    @Test
    void longSidebarTitlesWrapInsteadOfBeingCut(FxRobot robot) {
        Label title = robot.lookup("#sidebar-title-" + item(1).id()).queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(item(1).title());
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(Legibility.truncated(scene)));
        assertThat(cut).isEmpty();
        // "Retrain chained models in order" needs two lines beside its icon at 1280 wide, "Version your data" one.
        Label shortTitle = robot.lookup("#sidebar-title-" + item(4).id()).queryAs(Label.class);
        Label longTitle = robot.lookup("#sidebar-title-" + item(2).id()).queryAs(Label.class);
        assertThat(longTitle.getHeight()).isGreaterThan(shortTitle.getHeight() * 1.5);

        // The first item is carried over with votes far apart: "confirm · discuss" beside its bold title.
        robot.clickOn("#vote-plus-0").clickOn("#vote-plus-4");
        Label first = robot.lookup("#sidebar-title-" + item(0).id()).queryAs(Label.class);
        assertThat(text(robot, "#sidebar-" + item(0).id() + " .sidebar-state")).isEqualTo("confirm \u00b7 discuss");
        double[] widths = new double[2];
        robot.interact(() -> {
            javafx.scene.text.Text word = new javafx.scene.text.Text("Interpretability");
            word.setFont(first.getFont());
            widths[0] = word.getLayoutBounds().getWidth();
            widths[1] = first.getWidth();
        });
        assertThat(widths[1]).as("'Interpretability' is never broken inside the word").isGreaterThanOrEqualTo(widths[0]);
    }

    // --- 2. discuss stays until the team settles it ----------------------------------------------

    @Test
    void discussStaysBesideTheChosenLevelUntilTheVotesAreNoLongerFarApart(FxRobot robot) {
        Item item = item(4);
        Scrolling.reveal(robot, "#sidebar-" + item.id()).clickOn("#sidebar-" + item.id());
        robot.clickOn("#vote-plus-1").clickOn("#vote-plus-1").clickOn("#vote-plus-4");
        String state = "#sidebar-" + item.id() + " .sidebar-state";
        assertThat(text(robot, state)).isEqualTo("discuss");

        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT2);

        assertThat(stored(4).answer()).contains(new Answer.Level(2));
        assertThat(text(robot, state)).as("the level and the disagreement").isEqualTo("2 \u00b7 discuss");
        assertThat(robot.lookup("#sidebar-" + item.id()).queryButton().getAccessibleText()).contains("discuss");
        assertThat(shown(robot, "#wizard-discuss")).isTrue();

        // A re-vote after the talk: one person moves from 4 to 2, so the votes lie one level apart.
        robot.clickOn("#vote-minus-4").clickOn("#vote-plus-2");
        assertThat(stored(4).votes()).isEqualTo(Map.of("1", 2, "2", 1));
        assertThat(text(robot, state)).as("settled").isEqualTo("2");
        assertThat(shown(robot, "#wizard-discuss")).isFalse();
    }

    // --- 4. litmus items show their score --------------------------------------------------------

    @Test
    void aLitmusAnswerShowsItsScoreInTheSidebarNotItsPlaceInTheList(FxRobot robot) {
        Item litmus = item(29);
        Scrolling.reveal(robot, "#sidebar-" + litmus.id()).clickOn("#sidebar-" + litmus.id());
        String state = "#sidebar-" + litmus.id() + " .sidebar-state";

        // The second option ("Docs exist; newcomers need occasional help") scores 3, the first 4.
        robot.type(KeyCode.DIGIT2);
        assertThat(stored(29).answer()).contains(new Answer.Choice(litmus.options().get(1).id()));
        assertThat(text(robot, state)).isEqualTo("3");
        robot.type(KeyCode.DIGIT1);
        assertThat(text(robot, state)).isEqualTo("4");
    }

    // --- 5. last time only for items the previous assessment had ---------------------------------

    @Test
    void anItemThePreviousAssessmentDidNotHaveIsNotShownAsNotAnsweredLastTime(FxRobot robot) {
        // The team tried the ML Test Score in November, then went back to this rubric in December.
        data.assessment(data.mlTestScore(), LocalDate.of(2026, 11, 2), "2026-Q4 tests", Optional.empty());
        Assessment december = data.assessment(rubric, LocalDate.of(2026, 12, 1), "2026-Q4b", Optional.empty());
        robot.interact(() -> scene.setRoot(inAppWindow(december.id())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#wizard-previous-title")).isEqualTo("LAST TIME");
        assertThat(text(robot, "#wizard-previous")).isEqualTo("Not in the 2026-Q4 tests assessment: new since then, or another rubric");
        assertThat(text(robot, "#wizard-previous")).doesNotContain("Not answered");
        // The longer words wrap beside the title, uncut, in presenter mode too.
        assertLegible(robot, "normal");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertLegible(robot, "presenter");
    }

    @Test
    void anItemThePreviousAssessmentLeftOpenStillReadsNotAnswered(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#wizard-previous-title")).isEqualTo("LAST TIME (2026-Q3)");
        assertThat(text(robot, "#wizard-previous")).isEqualTo("Not answered");
    }
}
