package io.debtmeter.core.analysis.portfolio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class DebtChangeTest {

    /** From the debt index before to the one after: which way debt moved, and by how much as shown. */
    @ParameterizedTest
    @MethodSource
    void aMoveFollowsTheShownValues(double before, double after, Direction direction, double delta) {
        DebtChange change = DebtChange.between(before, after);

        assertThat(change.direction()).isEqualTo(direction);
        assertThat(change.delta()).hasValue(delta);
    }

    static Stream<Arguments> aMoveFollowsTheShownValues() {
        return Stream.of(
                // 60.0 -> 35.0: 35.0 - 60.0 = -25.0
                argumentSet("lessDebtIsImprovedWithANegativeDelta", 60.0, 35.0, Direction.IMPROVED, -25.0),
                // 20.0 -> 25.0: 25.0 - 20.0 = +5.0
                argumentSet("moreDebtIsRegressedWithAPositiveDelta", 20.0, 25.0, Direction.REGRESSED, 5.0),
                // 40.04 shows as 40.0 and 39.96 shows as 40.0: 40.0 - 40.0 = 0.0, although the raw move is -0.08
                argumentSet("aRawMoveThatRoundsToTheSameShownValueIsUnchanged", 40.04, 39.96, Direction.UNCHANGED, 0.0),
                // 40.05 shows as 40.1 (half-up), 40.04 as 40.0: 40.0 - 40.1 = -0.1, although the raw move is only -0.01
                argumentSet("aTinyRawMoveAcrossARoundingBoundaryFollowsTheShownValues", 40.05, 40.04, Direction.IMPROVED, -0.1),
                // in binary 40.1 - 40.0 = 0.10000000000000142; in decimal it is 0.1
                argumentSet("theSmallestShownMoveIsExactlyOneTenth", 40.0, 40.1, Direction.REGRESSED, 0.1));
    }

    @Test
    void unchangedNeverPrintsAsMinusZero() {
        // 39.95 shows as 40.0 (half-up); 40.0 - 40.0 = 0.0, and not -0.0
        DebtChange change = DebtChange.between(40.0, 39.95);

        assertThat(change.direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(Double.toString(change.delta().getAsDouble())).isEqualTo("0.0");
    }

    @Test
    void firstAndNotComparableCarryNoDelta() {
        assertThat(DebtChange.first().delta()).isEmpty();
        assertThat(DebtChange.notComparable().delta()).isEmpty();
        assertThatThrownBy(() -> new DebtChange(Direction.IMPROVED, java.util.OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
