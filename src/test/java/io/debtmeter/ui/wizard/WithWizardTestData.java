package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Set-up shared by the view-model tests that work on {@link WizardTestData}: a fresh store in a
 * temporary folder, its default rubric, and a way to answer one item. Closed after each test.
 */
public abstract class WithWizardTestData {

    @TempDir
    protected Path tempDir;

    protected WizardTestData data;
    protected Rubric rubric;

    @BeforeEach
    void openWizardTestData() {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
    }

    @AfterEach
    void closeWizardTestData() {
        data.close();
    }

    /** Saves this answer to the item at this index of the rubric. */
    protected void answer(Assessment assessment, Rubric in, int itemIndex, Answer answer) {
        data.store.saveResponse(assessment.id(), ItemResponse.open(in.items().get(itemIndex).id()).withAnswer(answer));
    }
}
