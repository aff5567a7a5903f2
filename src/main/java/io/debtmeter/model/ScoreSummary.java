package io.debtmeter.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The headline of an assessment's score: what lists of many assessments (the portfolio) show.
 * Exactly the corresponding parts of the full {@link ScoreResult}.
 *
 * @param debtIndex unrounded 0..100; empty when nothing was scored
 * @param grade     the band the shown debt index falls in (or the weakest category decided)
 * @param coverage  answered / not applicable / unanswered items
 */
public record ScoreSummary(OptionalDouble debtIndex, Optional<GradeBand> grade, Coverage coverage) {

    public ScoreSummary {
        Objects.requireNonNull(debtIndex, "debtIndex");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(coverage, "coverage");
    }

    public static ScoreSummary of(ScoreResult score) {
        return new ScoreSummary(score.debtIndex(), score.grade(), score.coverage());
    }
}
