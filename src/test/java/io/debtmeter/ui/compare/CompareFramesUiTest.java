package io.debtmeter.ui.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FramesHeldExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page arrives over three frames (summary and chart, item table, unmatched items and
 * closed actions). Frames are held here until the test lets them run, so the order is certain.
 */
@ExtendWith(ApplicationExtension.class)
class CompareFramesUiTest {

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private List<Assessment> quarters;
    private final FramesHeldExecutor frames = new FramesHeldExecutor();
    private CompareViewModel viewModel;
    private VBox page;

    @Start
    void start(Stage stage) {
        data = WizardTestData.open(tempDir);
        quarters = data.store.assessments(data.loadSampleTeam().id());   // newest first: Q4 (draft), Q3, Q2, Q1
        viewModel = new CompareViewModel(data.store, frames, new ScoreCalculator());
        CompareView view = new CompareView(viewModel, new Texts(Locale.ENGLISH), () -> { });
        page = (VBox) ((javafx.scene.control.ScrollPane) view.lookup("#compare-scroll")).getContent();
        stage.setScene(TestStages.styledScene(view));   // the colours compare.css looks up live in app.css
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    private List<String> sections() {
        return page.getChildren().stream().map(Node::getClass).map(Class::getSimpleName).toList();
    }

    @Test
    void theSummaryComesFirstThenTheItemsThenTheRest(FxRobot robot) {
        robot.interact(() -> viewModel.compare(quarters.get(1).id(), quarters.get(0).id()));
        assertThat(sections()).containsExactly("SummaryRow", "CategoryDeltaChart");

        robot.interact(frames::next);
        assertThat(sections()).containsExactly("SummaryRow", "CategoryDeltaChart", "ItemsPanel");

        robot.interact(frames::next);
        assertThat(sections()).containsExactly("SummaryRow", "CategoryDeltaChart", "ItemsPanel", "UnmatchedPanel", "ClosedActionsPanel");
        assertThat(robot.lookup("#compare-actions").tryQuery()).isPresent();
    }

    @Test
    void aComparisonReplacedBeforeItsPageIsCompleteLeavesOnlyTheNewPage(FxRobot robot) {
        robot.interact(() -> viewModel.compare(quarters.get(1).id(), quarters.get(0).id()));   // Q3 with Q4
        robot.interact(() -> viewModel.compare(quarters.get(3).id(), quarters.get(0).id()));   // Q1 with Q4

        robot.interact(() -> {
            while (frames.left() > 0) {
                frames.next();   // the first page's two frames add nothing, then the second page's
            }
        });

        assertThat(sections()).containsExactly("SummaryRow", "CategoryDeltaChart", "ItemsPanel", "UnmatchedPanel", "ClosedActionsPanel");
        assertThat(viewModel.comparisonProperty().get().before().assessment().id()).isEqualTo(quarters.get(3).id());
    }
}
