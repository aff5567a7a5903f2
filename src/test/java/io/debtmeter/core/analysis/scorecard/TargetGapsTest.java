package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class TargetGapsTest {

    private static OptionalDouble of(double value) {
        return OptionalDouble.of(value);
    }

    @Test
    void theGapIsTheTargetMinusTheShownMaturity() {
        // 75 - 62.5 = 12.5
        assertThat(TargetGaps.categoryGap(of(62.5), of(75))).hasValue(12.5);
        // 100/3 = 33.33.. is shown as 33.3; 75 - 33.3 = 41.7
        assertThat(TargetGaps.categoryGap(of(100.0 / 3), of(75))).hasValue(41.7);
        // a target with a fraction: 72.5 - 50.0 = 22.5
        assertThat(TargetGaps.categoryGap(of(50), of(72.5))).hasValue(22.5);
    }

    @Test
    void theGapAgreesWithTheShownNumberAtAHalfwayMaturity() {
        // 60.05 is shown as 60.1 (half-up), so 75 - 60.1 = 14.9; from full precision it would be 14.95 -> 15.0
        assertThat(TargetGaps.categoryGap(of(60.05), of(75))).hasValue(14.9);
    }

    @Test
    void aMaturityAtOrAboveTheTargetLeavesNoGap() {
        // 75 - 80 = -5: met
        assertThat(TargetGaps.categoryGap(of(80), of(75))).hasValue(-5.0);
        assertThat(TargetGaps.categoryGap(of(75), of(75))).hasValue(0.0);
    }

    @Test
    void noGapWithoutATargetOrWithoutAMaturity() {
        assertThat(TargetGaps.categoryGap(OptionalDouble.empty(), of(75))).isEmpty();
        assertThat(TargetGaps.categoryGap(of(50), OptionalDouble.empty())).isEmpty();
    }

    @Test
    void anItemCountsTheScaleLevelsStillToClimb() {
        Scale scale = WorkedExample.SCALE;

        // from 1 to 3: levels 2 and 3 -> 2
        assertThat(TargetGaps.itemStepsToGo(scale, of(1), of(3))).hasValue(2);
        // from 0 to 4: 1, 2, 3, 4 -> 4
        assertThat(TargetGaps.itemStepsToGo(scale, of(0), of(4))).hasValue(4);
        // at or beyond the target: 0
        assertThat(TargetGaps.itemStepsToGo(scale, of(3), of(3))).hasValue(0);
        assertThat(TargetGaps.itemStepsToGo(scale, of(4), of(2))).hasValue(0);
        // N/A or unanswered: nothing to count
        assertThat(TargetGaps.itemStepsToGo(scale, OptionalDouble.empty(), of(3))).isEmpty();
        assertThat(TargetGaps.itemStepsToGo(scale, of(1), OptionalDouble.empty())).isEmpty();
    }

    @Test
    void halfStepsCountAsLevelsToo() {
        Scale mlTestScore = new Scale(List.of(new ScaleLevel(0, "Not done"), new ScaleLevel(0.5, "Manual"),
                new ScaleLevel(1, "Automated")));

        // from 0 to 1: 0.5 and 1 -> 2 levels
        assertThat(TargetGaps.itemStepsToGo(mlTestScore, of(0), of(1))).hasValue(2);
        // from 0.5 to 1: 1 -> 1 level
        assertThat(TargetGaps.itemStepsToGo(mlTestScore, of(0.5), of(1))).hasValue(1);
    }
}
