package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.ScoreResult;

import java.util.List;
import java.util.Optional;

/**
 * Why the grade is what it is under the weakest-category rule: the category that set the overall
 * score, its maturity as shown, and the categories that are exactly as low (docs/scoring.md, section 3:
 * on a tie the first in the rubric is named).
 *
 * @param tiedWith ids of other scored categories with the same maturity, in rubric order
 */
public record GradeDecision(String categoryId, double shownMaturity, List<String> tiedWith) {

    /** Full-precision maturities this close are the same number reached by different sums. */
    private static final double TIE = 1e-9;

    public GradeDecision {
        tiedWith = List.copyOf(tiedWith);
    }

    /** Empty unless the weakest-category rule applies and some category was scored. */
    public static Optional<GradeDecision> of(ScoreResult result) {
        if (result.rule() != AggregationRule.WEAKEST_CATEGORY || result.decidingCategory().isEmpty()) {
            return Optional.empty();
        }
        String deciding = result.decidingCategory().get();
        double lowest = result.category(deciding).orElseThrow().maturity().orElseThrow();
        List<String> tied = result.categories().stream()
                .filter(CategoryScore::isScored)
                .filter(c -> !c.categoryId().equals(deciding))
                .filter(c -> Math.abs(c.maturity().getAsDouble() - lowest) < TIE)
                .map(CategoryScore::categoryId)
                .toList();
        return Optional.of(new GradeDecision(deciding, ScoreCalculator.roundForDisplay(lowest), tied));
    }
}
