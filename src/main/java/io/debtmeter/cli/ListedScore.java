package io.debtmeter.cli;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ScoreSummary;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An assessment's headline in a listing, from the stored score summary the window's lists use: the
 * same debt index and grade as its scorecard, without reading its answers (issue 22: `teams` on 500
 * teams × 40 assessments reads 500 summaries, not 600,000 answers).
 */
record ListedScore(ScoreSummary summary) {

    /** The debt index as shown on screen (one decimal, half-up); empty when nothing was scored. */
    OptionalDouble shownDebtIndex() {
        return summary.debtIndex().isPresent()
                ? OptionalDouble.of(ScoreCalculator.roundForDisplay(summary.debtIndex().getAsDouble()))
                : OptionalDouble.empty();
    }

    Optional<String> grade() {
        return summary.grade().map(GradeBand::label);
    }

    boolean partial() {
        return summary.coverage().isPartial();
    }
}
