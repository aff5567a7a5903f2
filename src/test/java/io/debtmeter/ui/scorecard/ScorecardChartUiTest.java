package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static io.debtmeter.testsupport.OnScreen.shown;
import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A team looks at its final Q4 scorecard on a projector, sets where it wants to be next quarter and
 * opens the categories and items behind the numbers, by mouse and by keyboard.
 *
 * <p>The answers, by item index i of the default rubric: item 3 N/A, the last item open, item 0 at
 * level 0 with 5 votes (3 for level 0, 2 for level 1: one level apart), item 2 at level 4 with 5 votes
 * (1 for level 1, 2 for 3, 2 for 4: three levels apart, which the wizard flags for discussion), litmus questions their (i mod options)-th option,
 * other practices level (7i + i/4) mod 5. So "Model boundaries" (items 0..3) has levels 0, 2, 4 and an
 * N/A: maturity 100 * (0 + 0.5 + 1) / 3 = 50.0.
 */
@ExtendWith(ApplicationExtension.class)
class ScorecardChartUiTest extends WithScorecardOfQ4 {

    private static final String MODEL = "model-boundaries";

    @Start
    void start(Stage stage) {
        answerQ4InPattern(1);
        List<Item> items = rubric.items();
        data.store.saveResponse(q4.id(), new ItemResponse(items.get(0).id(), Optional.of(new Answer.Level(0)),
                "Only AUC is looked at; nobody owns explanations.", List.of("https://wiki.example.org/ml/shap-review"),
                Map.of("0", 3, "1", 2), false));
        data.store.saveResponse(q4.id(), new ItemResponse(items.get(2).id(), Optional.of(new Answer.Level(4)), "",
                List.of(), Map.of("1", 1, "3", 2, "4", 2), false));
        finishQ4AndShowItsScorecard(stage);
    }

    @AfterEach
    void lightThemeAgain() {
        TestStages.lightTheme();
    }

    private String item(int index) {
        return rubric.items().get(index).id();
    }

    private String focusedId() {
        Node focused = scene.getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static void openCategoryByClick(FxRobot robot, String categoryId) {
        Scrolling.reveal(robot, "#scorecard-category-" + categoryId).clickOn("#scorecard-category-" + categoryId);
    }

    @Test
    void aCategoryTargetIsSavedThenDrawnAsAMarkerWithTheGap(FxRobot robot) {
        assertThat(text(robot, "#scorecard-gap-" + MODEL)).isEqualTo("No target set");
        assertThat(shown(robot, "#scorecard-target-marker-" + MODEL)).isFalse();

        openCategoryByClick(robot, MODEL);
        assertThat(shown(robot, "#scorecard-category-detail")).isTrue();
        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo("Model boundaries");
        robot.clickOn("#scorecard-target-input").write("75").clickOn("#scorecard-target-save");

        assertThat(text(robot, "#scorecard-target-status")).isEqualTo("Saved");
        assertThat(data.store.targets(q4.id()).forCategory(MODEL)).hasValue(75.0);
        // 75 - 50.0 = 25.0
        assertThat(text(robot, "#scorecard-detail-gap")).isEqualTo("Target 75 \u00b7 gap 25.0");
        robot.interact(() -> Screenshots.save(scene, "scorecard-category-detail"));
        robot.type(KeyCode.ESCAPE);

        assertThat(shown(robot, "#scorecard-detail-overlay")).isFalse();
        assertThat(text(robot, "#scorecard-gap-" + MODEL)).isEqualTo("Target 75 \u00b7 gap 25.0");
        assertThat(text(robot, "#scorecard-maturity-" + MODEL)).isEqualTo("50.0 \u00b7 C");
        assertThat(shown(robot, "#scorecard-target-marker-" + MODEL)).isTrue();
        // The marker's tip stands at 75 % of the track, the fill ends at 50 %.
        Node bar = robot.lookup("#scorecard-category-" + MODEL + " .category-bar").query();
        Bounds track = bar.localToScene(bar.lookup(".chart-track").getBoundsInParent());
        Bounds marker = robot.lookup("#scorecard-target-marker-" + MODEL).query().localToScene(
                robot.lookup("#scorecard-target-marker-" + MODEL).query().getBoundsInLocal());
        double markerShare = (marker.getCenterX() - track.getMinX()) / track.getWidth();
        assertThat(markerShare).isCloseTo(0.75, within(0.01));
        Bounds fill = bar.localToScene(bar.lookup(".band-fill").getBoundsInParent());
        assertThat(fill.getWidth() / track.getWidth()).isCloseTo(0.5, within(0.01));
        assertThat(focusedId()).as("focus returns to the row that opened the detail").isEqualTo("scorecard-category-" + MODEL);
        robot.interact(() -> Screenshots.save(scene, "scorecard-target"));
    }

    @Test
    void aTargetOutsideZeroToHundredIsRefusedBeforeAnythingIsSaved(FxRobot robot) {
        openCategoryByClick(robot, MODEL);

        robot.clickOn("#scorecard-target-input").write("120").type(KeyCode.ENTER);

        assertThat(text(robot, "#scorecard-target-status")).isEqualTo("Enter a maturity from 0 to 100, for example 75.");
        assertThat(data.store.targets(q4.id()).forCategory(MODEL)).isEmpty();
        robot.clickOn("#scorecard-target-input").eraseText(3).write("62.5").type(KeyCode.ENTER);
        assertThat(text(robot, "#scorecard-target-status")).isEqualTo("Saved");
        // 62.5 - 50.0 = 12.5
        assertThat(text(robot, "#scorecard-detail-gap")).isEqualTo("Target 62.5 \u00b7 gap 12.5");
        robot.clickOn("#scorecard-target-clear");
        assertThat(data.store.targets(q4.id()).forCategory(MODEL)).isEmpty();
        assertThat(text(robot, "#scorecard-detail-gap")).isEqualTo("No target set");

        robot.clickOn("#scorecard-target-input").type(KeyCode.ESCAPE);
        assertThat(shown(robot, "#scorecard-detail-overlay")).as("Escape closes the detail from the text field too").isFalse();
        assertThat(text(robot, "#scorecard-gap-" + MODEL)).isEqualTo("No target set");
    }

    @Test
    void anItemTargetIsChosenInTheItemsDetailAndShownInItsCategory(FxRobot robot) {
        openCategoryByClick(robot, MODEL);
        Scrolling.reveal(robot, "#scorecard-detail-item-" + item(1)).clickOn("#scorecard-detail-item-" + item(1));

        assertThat(shown(robot, "#scorecard-item-detail")).isTrue();
        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo(rubric.items().get(1).title());
        robot.clickOn("#scorecard-item-target");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> "4 \u00b7 Automated & monitored".equals(cell.getText()))
                .<ListCell<?>>query());
        robot.clickOn("#scorecard-item-target-save");

        assertThat(text(robot, "#scorecard-target-status")).isEqualTo("Saved");
        assertThat(data.store.targets(q4.id()).forItem(item(1))).hasValue(4.0);
        // level 2 now, target 4: levels 3 and 4 to go
        assertThat(text(robot, "#scorecard-item-target-summary")).isEqualTo("Target 4 \u00b7 Automated & monitored \u00b7 2 levels to go");
        robot.interact(() -> Screenshots.save(scene, "scorecard-item-target"));
        robot.clickOn("#scorecard-detail-back");
        assertThat(shown(robot, "#scorecard-category-detail")).isTrue();
        assertThat(text(robot, "#scorecard-detail-target-" + item(1)))
                .isEqualTo("Target 4 \u00b7 Automated & monitored \u00b7 2 levels to go");
    }

    @Test
    void detailsOpenWithEnterFromTheKeyboardAndEscapeReturnsToTheRow(FxRobot robot) {
        Scrolling.reveal(robot, "#scorecard-category-" + MODEL);
        robot.interact(() -> robot.lookup("#scorecard-category-" + MODEL).query().requestFocus());

        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo("Model boundaries");
        robot.type(KeyCode.ESCAPE);
        assertThat(shown(robot, "#scorecard-detail-overlay")).isFalse();
        assertThat(focusedId()).isEqualTo("scorecard-category-" + MODEL);

        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("scorecard-category-data-dependencies");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo("Data dependencies");
        robot.type(KeyCode.ESCAPE);

        Scrolling.reveal(robot, "#scorecard-weakest-item-" + item(0));
        robot.interact(() -> robot.lookup("#scorecard-weakest-item-" + item(0)).query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(shown(robot, "#scorecard-item-detail")).isTrue();
        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo(rubric.items().get(0).title());
        robot.type(KeyCode.ESCAPE);
        assertThat(shown(robot, "#scorecard-detail-overlay")).isFalse();
        assertThat(focusedId()).isEqualTo("scorecard-weakest-item-" + item(0));
    }

    @Test
    void voteCountsStandBesideVoteBasedItemsAndInTheirDetail(FxRobot robot) {
        assertThat(text(robot, "#scorecard-votes-" + item(0))).isEqualTo("5 votes: 3 \u00d7 0, 2 \u00d7 1");
        assertThat(robot.lookup("#scorecard-votes-" + item(0) + "-discuss").tryQuery()).as("one level apart").isEmpty();
        assertThat(robot.lookup("#scorecard-weakest-items .vote-chip").queryAll()).as("only item 0 was voted on").hasSize(1);

        Scrolling.reveal(robot, "#scorecard-weakest-item-" + item(0)).clickOn("#scorecard-weakest-item-" + item(0));

        assertThat(text(robot, "#scorecard-detail-votes")).isEqualTo("5 votes: 3 \u00d7 0, 2 \u00d7 1");
        assertThat(text(robot, "#scorecard-detail-vote-spread")).isEqualTo("3 \u00d7 0 \u00b7 Starting point, 2 \u00d7 1 \u00b7 Individual");
        assertThat(text(robot, "#scorecard-detail-answer")).isEqualTo("0 \u00b7 Starting point");
        assertThat(text(robot, "#scorecard-detail-descriptor")).isEqualTo(rubric.items().get(0).level(0).orElseThrow().descriptor());
        assertThat(text(robot, "#scorecard-detail-note")).isEqualTo("Only AUC is looked at; nobody owns explanations.");
        assertThat(text(robot, "#scorecard-detail-question")).isEqualTo(rubric.items().get(0).question());
        assertThat(robot.lookup(".evidence-link").queryAs(Label.class).getText()).isEqualTo("https://wiki.example.org/ml/shap-review");
        robot.interact(() -> Screenshots.save(scene, "scorecard-item-detail"));
        robot.clickOn("#scorecard-detail-close");

        openCategoryByClick(robot, MODEL);
        assertThat(text(robot, "#scorecard-detail-votes-" + item(0))).isEqualTo("5 votes: 3 \u00d7 0, 2 \u00d7 1");
        assertThat(robot.lookup("#scorecard-detail-items .vote-chip").queryAll()).hasSize(2);
    }

    /** Settled at level 4, the item still shows that the team's votes lay three levels apart: Discuss. */
    @Test
    void votesFarApartKeepTheirDiscussFlagInTheItemListAndTheItemDetail(FxRobot robot) {
        openCategoryByClick(robot, MODEL);

        assertThat(text(robot, "#scorecard-detail-votes-" + item(2))).isEqualTo("5 votes: 1 \u00d7 1, 2 \u00d7 3, 2 \u00d7 4");
        assertThat(text(robot, "#scorecard-detail-votes-" + item(2) + "-discuss")).isEqualTo("Discuss: 3 levels apart");
        assertThat(robot.lookup("#scorecard-detail-votes-" + item(0) + "-discuss").tryQuery()).isEmpty();
        assertThat(robot.lookup("#scorecard-detail-items .discuss-chip").queryAll()).hasSize(1);

        robot.clickOn("#scorecard-detail-item-" + item(2));

        assertThat(text(robot, "#scorecard-detail-title")).isEqualTo(rubric.items().get(2).title());
        assertThat(text(robot, "#scorecard-detail-votes-discuss")).isEqualTo("Discuss: 3 levels apart");
        assertThat(text(robot, "#scorecard-detail-vote-spread")).startsWith("1 \u00d7 1 \u00b7 ");
        robot.interact(() -> assertThat(Legibility.truncated(scene)).isEmpty());
    }

    @Test
    void underTheWeakestCategoryRuleTheScorecardSaysWhichCategorySetTheGradeAndWhy(FxRobot robot) {
        Rubric testScore = data.mlTestScore();
        Assessment assessment = data.assessment(testScore, WizardTestData.Q4_DATE, "2026-Q4 readiness", Optional.empty());
        for (Item item : testScore.items()) {
            List<Item> monitoring = testScore.itemsOf("monitoring");
            // Every test automated, except four of the seven monitoring tests not done.
            double level = monitoring.indexOf(item) >= 3 ? 0 : 1;
            data.store.saveResponse(assessment.id(), ItemResponse.open(item.id()).withAnswer(new Answer.Level(level)));
        }
        data.store.setCategoryTarget(assessment.id(), "monitoring", OptionalDouble.of(70));
        robot.interact(() -> scene.setRoot(scorecardFor(assessment.id())));

        // monitoring 100 * 3 / 7 = 42.857 -> 42.9; the other sections 100; debt 100 - 42.857 = 57.1 -> "Reasonably tested"
        assertThat(text(robot, "#scorecard-decision")).isEqualTo(
                "Grade set by Monitoring (maturity 42.9): under the weakest-category rule the lowest category decides.");
        assertThat(text(robot, "#scorecard-grade")).isEqualTo("Reasonably tested");
        assertThat(text(robot, "#scorecard-deciding-monitoring")).isEqualTo("Sets the grade");
        assertThat(robot.lookup(".deciding-chip").queryAll()).hasSize(1);
        // 70 - 42.9 = 27.1
        assertThat(text(robot, "#scorecard-gap-monitoring")).isEqualTo("Target 70 \u00b7 gap 27.1");
        assertThat(text(robot, "#scorecard-maturity-monitoring")).isEqualTo("42.9 \u00b7 Reasonably tested");
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "scorecard-weakest-rule"));
        openCategoryByClick(robot, "monitoring");
        assertThat(text(robot, "#scorecard-category-detail .scorecard-decision")).startsWith("Grade set by Monitoring");
        robot.interact(() -> Screenshots.save(scene, "scorecard-weakest-rule-detail"));

        robot.interact(() -> {
            TestStages.darkTheme();
            scene.setRoot(scorecardFor(assessment.id()));
        });
        robot.interact(() -> Screenshots.save(scene, "scorecard-weakest-rule-dark"));
    }

    @Test
    void nothingIsCutOrSticksOutAt1280x800InLightAndDarkThemes(FxRobot robot) {
        data.store.setCategoryTarget(q4.id(), MODEL, OptionalDouble.of(75));
        data.store.setCategoryTarget(q4.id(), "feedback-loops", OptionalDouble.of(40));
        data.store.setCategoryTarget(q4.id(), "data-dependencies", OptionalDouble.of(50));
        data.store.setItemTarget(q4.id(), item(rubric.items().size() - 2), OptionalDouble.of(3));
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                        : new PrimerDark().getUserAgentStylesheet());
                scene.setRoot(scorecardFor(q4.id()));
            });
            assertThat(Legibility.truncated(scene)).as(theme).isEmpty();
            assertThat(Legibility.overflowing(scene)).as(theme).isEmpty();
            robot.interact(() -> Screenshots.save(scene, "scorecard-chart-" + theme));
            Scrolling.reveal(robot, "#scorecard-weakest");
            robot.interact(() -> Screenshots.save(scene, "scorecard-chart-" + theme + "-lower"));

            openCategoryByClick(robot, "litmus");
            assertThat(Legibility.truncated(scene)).as(theme + " litmus detail").isEmpty();
            assertThat(Legibility.overflowing(scene)).as(theme + " litmus detail").isEmpty();
            robot.interact(() -> Screenshots.save(scene, "scorecard-detail-" + theme));
            Scrolling.reveal(robot, "#scorecard-detail-item-" + item(rubric.items().size() - 2))
                    .clickOn("#scorecard-detail-item-" + item(rubric.items().size() - 2));
            assertThat(Legibility.truncated(scene)).as(theme + " item detail").isEmpty();
            assertThat(Legibility.overflowing(scene)).as(theme + " item detail").isEmpty();
            robot.interact(() -> Screenshots.save(scene, "scorecard-item-detail-" + theme));
            robot.type(KeyCode.ESCAPE);
        }
    }
}
