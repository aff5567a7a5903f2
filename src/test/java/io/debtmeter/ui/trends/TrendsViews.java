package io.debtmeter.ui.trends;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** The trends screen of one team as the trends UI tests build it: English texts, tasks run at once. */
final class TrendsViews {

    private TrendsViews() {
    }

    static TrendsView of(AssessmentStore store, UUID teamId, Consumer<UUID> open, Runnable back) {
        TrendsViewModel viewModel = new TrendsViewModel(store, new DirectTaskExecutor(), new ScoreCalculator(), teamId);
        return new TrendsView(viewModel, new Texts(Locale.ENGLISH), open, back);
    }
}
