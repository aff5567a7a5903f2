package io.debtmeter.ui.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WithDefaultRubricQ4;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Set-up shared by the scorecard screen tests: a fresh store whose Q4 assessment of the default rubric is
 * answered in a pattern, then finished and shown on a styled stage. The store is closed after each test.
 */
abstract class WithScorecardOfQ4 extends WithDefaultRubricQ4 {

    /** How often the scorecard was closed, and the assessment it last asked to reopen. */
    final AtomicInteger closed = new AtomicInteger();
    final AtomicReference<UUID> reopened = new AtomicReference<>();

    /** Opens the store and answers Q4 in the pattern that starts at this item (see {@link WizardTestData#answerInPattern}). */
    void answerQ4InPattern(int fromIndex) {
        openQ4();
        data.answerInPattern(q4, rubric, fromIndex);
    }

    void finishQ4AndShowItsScorecard(Stage stage) {
        data.store.finish(q4.id());
        scene = TestStages.showStyled(stage, scorecardFor(q4.id()));
    }

    ScorecardView scorecardFor(UUID assessmentId) {
        ScorecardViewModel viewModel = new ScorecardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId);
        return new ScorecardView(viewModel, new Texts(Locale.ENGLISH), closed::incrementAndGet, reopened::set);
    }
}
