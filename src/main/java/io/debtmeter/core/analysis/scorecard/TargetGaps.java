package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** How far a category or an item still is from the team's target ("where we want to be next quarter"). */
public final class TargetGaps {

    private TargetGaps() {
    }

    /**
     * Target maturity minus the maturity as the scorecard shows it (rounded half-up to one decimal),
     * itself rounded to one decimal. Working from the shown value keeps the sum a reader does in their
     * head right: "target 75 · 62.5 shown · gap 12.5". Zero or less means the target is met.
     *
     * @return empty when there is no target or the category has no maturity (nothing scored)
     */
    public static OptionalDouble categoryGap(OptionalDouble maturity, OptionalDouble target) {
        if (maturity.isEmpty() || target.isEmpty()) {
            return OptionalDouble.empty();
        }
        double shown = ScoreCalculator.roundForDisplay(maturity.getAsDouble());
        // Rounded again: 75 - 33.3 is 41.7000000000001 in binary arithmetic.
        return OptionalDouble.of(ScoreCalculator.roundForDisplay(target.getAsDouble() - shown));
    }

    /**
     * How many levels of the scale an item still has to climb: the scale levels above its current
     * level, up to and including the target. Zero means the target is met (or exceeded).
     *
     * @return empty when there is no target or the item has no level (not applicable or unanswered)
     */
    public static OptionalInt itemStepsToGo(Scale scale, OptionalDouble currentLevel, OptionalDouble targetLevel) {
        if (currentLevel.isEmpty() || targetLevel.isEmpty()) {
            return OptionalInt.empty();
        }
        double current = currentLevel.getAsDouble();
        double target = targetLevel.getAsDouble();
        int steps = 0;
        for (ScaleLevel level : scale.levels()) {
            if (level.value() > current && level.value() <= target) {
                steps++;
            }
        }
        return OptionalInt.of(steps);
    }
}
