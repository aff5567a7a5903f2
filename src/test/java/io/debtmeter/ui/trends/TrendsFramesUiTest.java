package io.debtmeter.ui.trends;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FramesHeldExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A team's trends arrive over three frames: the page, then the chart, then the heat map. */
@ExtendWith(ApplicationExtension.class)
class TrendsFramesUiTest {

    @TempDir
    Path tempDir;

    private TrendsTestData data;
    private final FramesHeldExecutor frames = new FramesHeldExecutor();

    @Start
    void start(Stage stage) {
        data = new TrendsTestData(tempDir);
        TrendsViewModel viewModel = new TrendsViewModel(data.store, frames, new ScoreCalculator(), data.team.id());
        // The colours trends.css looks up live in app.css.
        stage.setScene(TestStages.styledScene(new TrendsView(viewModel, new Texts(Locale.ENGLISH), id -> { }, () -> { })));
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    @Test
    void thePageComesFirstThenTheChartThenTheHeatMapEachInAFrameOfItsOwn(FxRobot robot) {
        assertThat(robot.lookup("#trends-split").tryQuery()).isPresent();
        assertThat(robot.lookup("#trends-chart-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#trends-heat-panel").tryQuery()).isEmpty();

        robot.interact(frames::next);
        assertThat(robot.lookup("#trends-chart-panel").tryQuery()).isPresent();
        assertThat(robot.lookup("#trends-heat-panel").tryQuery()).isEmpty();

        robot.interact(frames::next);
        assertThat(robot.lookup("#trends-heat-panel").tryQuery()).isPresent();
        assertThat(frames.left()).isZero();
    }
}
