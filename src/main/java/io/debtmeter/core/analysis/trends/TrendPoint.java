package io.debtmeter.core.analysis.trends;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * One assessment on the trend chart.
 *
 * @param debtIndex     100 - overall maturity, full precision; empty when nothing was scored
 * @param grade         the grade label, looked up on the debt index as shown; empty with the index
 * @param categoryDebts 100 - maturity by category id, only for categories scored in this assessment:
 *                      a category that is unscored, or not in this rubric version, has no point here
 */
public record TrendPoint(UUID assessmentId, LocalDate date, String period, OptionalDouble debtIndex,
                         Optional<String> grade, Map<String, Double> categoryDebts) {

    public TrendPoint {
        categoryDebts = Map.copyOf(categoryDebts);
    }

    /** The category's debt here, or empty: a gap in its line, never a zero. */
    public OptionalDouble categoryDebt(String categoryId) {
        Double debt = categoryDebts.get(categoryId);
        return debt == null ? OptionalDouble.empty() : OptionalDouble.of(debt);
    }
}
