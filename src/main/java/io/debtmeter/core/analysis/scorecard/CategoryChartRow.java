package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One bar of the scorecard's category chart.
 *
 * @param shownMaturity maturity 0..100 rounded as shown; empty when nothing in the category was scored
 * @param band          the grade band of the category's debt, 100 - shown maturity
 * @param colourStep    the band's step 0..4 on the palette (see {@link DebtBands})
 * @param target        the team's target maturity, if set
 * @param gap           target - shown maturity (see {@link TargetGaps#categoryGap}); 0 or less = met
 * @param deciding      true when this category set the overall score (weakest-category rule)
 */
public record CategoryChartRow(String categoryId, String title, OptionalDouble shownMaturity,
                               Optional<GradeBand> band, OptionalInt colourStep, OptionalDouble target,
                               OptionalDouble gap, boolean deciding, Coverage coverage) {

    public boolean isScored() {
        return shownMaturity.isPresent();
    }

    public boolean targetMet() {
        return gap.isPresent() && gap.getAsDouble() <= 0;
    }
}
