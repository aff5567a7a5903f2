package io.debtmeter.ui.scorecard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.Legibility;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Two items nobody could place (issue 20): counted apart and listed to find out before next quarter. */
@ExtendWith(ApplicationExtension.class)
class ScorecardDontKnowUiTest extends WithScorecardOfQ4 {

    @Start
    void start(Stage stage) {
        answerQ4InPattern(0);
        for (int index : new int[]{3, 7}) {
            data.store.saveResponse(q4.id(), ItemResponse.open(rubric.items().get(index).id()).withAnswer(new Answer.DontKnow()));
        }
        finishQ4AndShowItsScorecard(stage);
    }

    @Test
    void dontKnowIsCountedApartListedToFindOutAndTheScaleSaysWhichWayItRuns(FxRobot robot) {
        assertThat(text(robot, "#scorecard-dont-know")).isEqualTo("2");
        assertThat(robot.lookup("#scorecard-find-out .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(rubric.items().get(3).title(), rubric.items().get(7).title());
        assertThat(text(robot, "#scorecard-direction"))
                .isEqualTo("Levels are maturity: higher is better. The debt index is its inverse: higher is more debt.");
        assertThat(Legibility.truncated(scene)).noneMatch(cut -> cut.contains(rubric.items().get(3).title()));
    }
}
