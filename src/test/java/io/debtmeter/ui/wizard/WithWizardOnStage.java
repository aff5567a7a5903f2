package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Set-up shared by TestFX tests of the wizard on a fresh Q4 assessment of the default rubric: the store
 * in a temp folder, the wizard shown styled at 1280 × 800 in a language, closed after each test (a
 * subclass's own clean-up runs first).
 */
abstract class WithWizardOnStage {

    @TempDir
    Path tempDir;

    WizardTestData data;
    Rubric rubric;
    Assessment q4;
    Scene scene;

    /** Call from the test's {@code @Start}. */
    void showWizard(Stage stage, TaskExecutor executor, Locale language) {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        q4 = data.q4();
        WizardViewModel viewModel = new WizardViewModel(data.store, executor, new ScoreCalculator(), q4.id(),
                language.getLanguage());
        scene = TestStages.showStyled(stage, new WizardView(viewModel, new Texts(language), () -> { }, id -> { }));
    }

    @AfterEach
    void closeWizardStore() {
        TestStages.lightTheme();
        data.close();
    }
}
