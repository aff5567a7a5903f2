package io.debtmeter.ui.journey;

import io.debtmeter.testsupport.Legibility;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 in Japanese (issue 23): the same retrospective, keys and scores, with the window and the
 * rubric in Japanese, and no text cut on the screens the facilitator looks at.
 */
class RetrospectiveJourneyJapaneseUiTest extends RetrospectiveJourneyUiTest {

    /** TestFX looks for {@code @Start} on the test class itself, not on the class it extends. */
    @Override
    @Start
    void start(Stage primaryStage) throws Exception {
        super.start(primaryStage);
    }

    @Override
    Locale language() {
        return Locale.JAPANESE;
    }

    @Override
    void looked(FxRobot robot, String name) {
        super.looked(robot, name);
        robot.interact(() -> assertThat(Legibility.truncated(stage().getScene())).as(name).isEmpty());
    }
}
