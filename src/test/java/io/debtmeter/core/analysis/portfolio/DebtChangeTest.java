package io.debtmeter.core.analysis.portfolio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DebtChangeTest {

    @Test
    void lessDebtIsImprovedWithANegativeDelta() {
        // 60.0 -> 35.0: 35.0 - 60.0 = -25.0
        DebtChange change = DebtChange.between(60.0, 35.0);

        assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(change.delta()).hasValue(-25.0);
    }

    @Test
    void moreDebtIsRegressedWithAPositiveDelta() {
        // 20.0 -> 25.0: 25.0 - 20.0 = +5.0
        DebtChange change = DebtChange.between(20.0, 25.0);

        assertThat(change.direction()).isEqualTo(Direction.REGRESSED);
        assertThat(change.delta()).hasValue(5.0);
    }

    @Test
    void aRawMoveThatRoundsToTheSameShownValueIsUnchanged() {
        // 40.04 shows as 40.0 and 39.96 shows as 40.0: 40.0 - 40.0 = 0.0, although the raw move is -0.08
        DebtChange change = DebtChange.between(40.04, 39.96);

        assertThat(change.direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(change.delta()).hasValue(0.0);
    }

    @Test
    void aTinyRawMoveAcrossARoundingBoundaryFollowsTheShownValues() {
        // 40.05 shows as 40.1 (half-up), 40.04 as 40.0: 40.0 - 40.1 = -0.1, although the raw move is only -0.01
        DebtChange change = DebtChange.between(40.05, 40.04);

        assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(change.delta()).hasValue(-0.1);
    }

    @Test
    void theSmallestShownMoveIsExactlyOneTenth() {
        // in binary 40.1 - 40.0 = 0.10000000000000142; in decimal it is 0.1
        assertThat(DebtChange.between(40.0, 40.1).delta()).hasValue(0.1);
        assertThat(DebtChange.between(40.0, 40.1).direction()).isEqualTo(Direction.REGRESSED);
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
