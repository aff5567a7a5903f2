package io.debtmeter.ui.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Set-up shared by the scorecard screen tests: a fresh store whose Q4 assessment of the default rubric is
 * answered in a pattern, then finished and shown on a styled stage. The store is closed after each test.
 */
abstract class WithScorecardOfQ4 {

    @TempDir
    Path tempDir;

    WizardTestData data;
    Rubric rubric;
    Assessment q4;
    Scene scene;
    /** How often the scorecard was closed, and the assessment it last asked to reopen. */
    final AtomicInteger closed = new AtomicInteger();
    final AtomicReference<UUID> reopened = new AtomicReference<>();

    /** Opens the store and answers Q4 in the pattern that starts at this item (see {@link WizardTestData#answerInPattern}). */
    void answerQ4InPattern(int fromIndex) {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        q4 = data.q4();
        data.answerInPattern(q4, rubric, fromIndex);
    }

    void finishQ4AndShowItsScorecard(Stage stage) {
        data.store.finish(q4.id());
        scene = TestStages.showStyled(stage, scorecardFor(q4.id()));
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    ScorecardView scorecardFor(UUID assessmentId) {
        ScorecardViewModel viewModel = new ScorecardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId);
        return new ScorecardView(viewModel, new Texts(Locale.ENGLISH), closed::incrementAndGet, reopened::set);
    }
}
