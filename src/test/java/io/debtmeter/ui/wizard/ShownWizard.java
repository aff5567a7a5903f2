package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.Locale;

/**
 * The English wizard, shown styled on a test's stage, on an assessment of a store the test opened
 * itself (the shared-database tests open theirs on PostgreSQL); it works through an FX executor, as in
 * the app. The tests with a store of the temp folder use {@link WithWizardOnStage} instead.
 */
final class ShownWizard {

    final WizardViewModel viewModel;
    final Scene scene;
    private final FxTaskExecutor executor = new FxTaskExecutor();

    /** Call from the test's {@code @Start}. */
    ShownWizard(Stage stage, AssessmentStore store, Assessment assessment) {
        viewModel = new WizardViewModel(store, executor, new ScoreCalculator(), assessment.id(), "en");
        scene = TestStages.showStyled(stage, new WizardView(viewModel, new Texts(Locale.ENGLISH), () -> { }, id -> { }));
    }

    /**
     * Stops looking for others' saves and ends the background work, so nothing touches the store the
     * test closes next; the next test starts in the light theme.
     */
    void close(FxRobot robot) {
        robot.interact(() -> viewModel.sharing().stopLooking());
        executor.shutdown();
        TestStages.lightTheme();
    }
}
