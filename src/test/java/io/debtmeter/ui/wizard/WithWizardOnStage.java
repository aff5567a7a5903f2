package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;

import java.util.Locale;

/**
 * Set-up shared by TestFX tests of the wizard on a fresh Q4 assessment of the default rubric: the store
 * in a temp folder, the wizard shown styled at 1280 × 800 in a language, closed after each test (a
 * subclass's own clean-up runs first).
 */
abstract class WithWizardOnStage extends WithDefaultRubricQ4 {

    /** Call from the test's {@code @Start}. */
    void showWizard(Stage stage, TaskExecutor executor, Locale language) {
        openQ4();
        WizardViewModel viewModel = new WizardViewModel(data.store, executor, new ScoreCalculator(), q4.id(),
                language.getLanguage());
        scene = TestStages.showStyled(stage, new WizardView(viewModel, new Texts(language), () -> { }, id -> { }));
    }

    @AfterEach
    void lightThemeAgain() {
        TestStages.lightTheme();
    }
}
