package io.debtmeter.ui.wizard;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Set-up shared by the screen tests on a fresh Q4 assessment of the default rubric (the wizard's and the
 * scorecard's): the store in the test's temp folder, closed after each test (a subclass's own clean-up
 * runs first).
 */
public abstract class WithDefaultRubricQ4 {

    @TempDir
    protected Path tempDir;

    protected WizardTestData data;
    protected Rubric rubric;
    protected Assessment q4;
    /** The scene the test shows its screen in. */
    protected Scene scene;

    /** Opens the store with a new, unanswered Q4 of the default rubric. */
    protected void openQ4() {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        q4 = data.q4();
    }

    @AfterEach
    void closeStore() {
        data.close();
    }
}
