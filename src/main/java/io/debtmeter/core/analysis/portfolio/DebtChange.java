package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.scoring.ScoreCalculator;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * How a team's debt index moved between its previous and its latest assessment.
 *
 * <p>The rule: both debt indexes are first rounded as the app shows them (half-up to one decimal,
 * {@link ScoreCalculator#roundForDisplay}); the delta is latest minus previous of those shown values,
 * computed in decimal so that 40.1 - 40.0 is exactly 0.1. The move is {@link Direction#UNCHANGED}
 * when |delta| &lt; {@value #UNCHANGED_WITHIN}; since both values have one decimal that means "the
 * same shown number". A negative delta is {@link Direction#IMPROVED} (less debt), a positive one
 * {@link Direction#REGRESSED}. Working on the shown values keeps the arrow in step with the numbers
 * on screen: 40.04 then 39.96 both show as 40.0 and are unchanged (the raw move of -0.08 is noise),
 * while 40.05 then 40.04 show as 40.1 then 40.0 and count as improved by 0.1.
 *
 * @param delta latest minus previous shown debt index; empty for {@link Direction#FIRST} and
 *              {@link Direction#NOT_COMPARABLE}
 */
public record DebtChange(Direction direction, OptionalDouble delta) {

    /** Below this absolute delta (after rounding to one decimal) the debt counts as unchanged. */
    public static final double UNCHANGED_WITHIN = 0.05;

    public DebtChange {
        boolean compared = direction == Direction.IMPROVED || direction == Direction.UNCHANGED
                || direction == Direction.REGRESSED;
        if (compared != delta.isPresent()) {
            throw new IllegalArgumentException(direction + " with delta " + delta);
        }
    }

    /** The team's first assessment: nothing to compare with. */
    public static DebtChange first() {
        return new DebtChange(Direction.FIRST, OptionalDouble.empty());
    }

    /** Two assessments that cannot be compared (other rubric, or one of them unscored). */
    public static DebtChange notComparable() {
        return new DebtChange(Direction.NOT_COMPARABLE, OptionalDouble.empty());
    }

    /** The move from one debt index to another; both are rounded for display first. */
    public static DebtChange between(double previousDebtIndex, double latestDebtIndex) {
        BigDecimal previous = BigDecimal.valueOf(ScoreCalculator.roundForDisplay(previousDebtIndex));
        BigDecimal latest = BigDecimal.valueOf(ScoreCalculator.roundForDisplay(latestDebtIndex));
        double delta = latest.subtract(previous).doubleValue();
        Direction direction = Math.abs(delta) < UNCHANGED_WITHIN ? Direction.UNCHANGED
                : delta < 0 ? Direction.IMPROVED : Direction.REGRESSED;
        // 0.0 rather than -0.0, so an unchanged delta never prints as "-0.0".
        return new DebtChange(direction, OptionalDouble.of(direction == Direction.UNCHANGED ? 0.0 : delta));
    }
}
