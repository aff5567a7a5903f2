package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rubric 2.0's guidance in the wizard (issue 20): the placement rule above the levels, what to show under
 * each level, when N/A applies, and "don't know" on key D — readable at 1280×800, in presenter mode too.
 */
@ExtendWith(ApplicationExtension.class)
class RubricGuidanceUiTest extends WithWizardOnStage {


    @Start
    void start(Stage stage) {
        showWizard(stage, new DirectTaskExecutor(), Locale.ENGLISH);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .flatMap(node -> node instanceof Label label ? java.util.stream.Stream.of(label.getText())
                        : ((javafx.scene.Parent) node).lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .toList();
    }

    @Test
    void thePlacementRuleEvidenceAndNotApplicableGuidanceShowBesideTheLevels(FxRobot robot) {
        assertThat(rubric.version()).isEqualTo("2.0.0");
        assertThat(text(robot, "#wizard-placement-rule"))
                .isEqualTo("Choose the highest level whose description is entirely true of your team today, for every"
                        + " model in use unless the level says otherwise. A higher level is more mature: less debt.");
        assertThat(texts(robot, "#choice-0")).contains("Show: " + rubric.items().get(0).levels().get(0).evidence());
        assertThat(texts(robot, "#choice-4")).contains("Show: " + rubric.items().get(0).levels().get(4).evidence());
        assertThat(texts(robot, "#choice-na")).anySatisfy(line -> assertThat(line)
                .startsWith("Only when: " + rubric.items().get(0).guidance().notApplicableWhen()));

        robot.clickOn("#wizard-placement-more");

        assertThat(text(robot, "#wizard-placement-rule")).contains("Each level includes everything below it",
                "Levels are maturity: higher is better. The debt index is its inverse: higher is more debt.");
        robot.interact(() -> Screenshots.save(scene, "wizard-guidance"));
    }

    @Test
    void keyDAnswersDontKnowWhichIsSavedAndMarkedInTheSidebar(FxRobot robot) {
        robot.clickOn("#wizard-placement-rule");
        robot.type(KeyCode.D);

        assertThat(data.store.responses(q4.id()).get(rubric.items().get(0).id()).answer()).contains(new Answer.DontKnow());
        assertThat(robot.lookup("#choice-dont-know").queryAs(ChoiceCard.class).isSelected()).isTrue();
        assertThat(robot.lookup("." + WizardCss.SIDEBAR_STATE).queryAllAs(Label.class)).extracting(Label::getText).contains("?");
    }

    @Test
    void nothingOfTheGuidanceIsCutInPresenterModeLightAndDark(FxRobot robot) {
        robot.interact(() -> ((ButtonBase) scene.lookup("#wizard-presenter")).fire());
        robot.clickOn("#wizard-placement-more");
        for (Runnable theme : List.<Runnable>of(TestStages::lightTheme, TestStages::darkTheme)) {
            robot.interact(theme);
            robot.interact(() -> { });
            assertThat(Legibility.truncated(scene)).as("cut texts").noneMatch(cut -> cut.contains("Show:")
                    || cut.contains("Only when:") || cut.contains("placement") || cut.contains("Don't know"));
        }
        robot.interact(() -> Screenshots.save(scene, "wizard-guidance-presenter-dark"));
    }
}
