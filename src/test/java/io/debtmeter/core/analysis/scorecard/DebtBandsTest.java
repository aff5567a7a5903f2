package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.GradeBand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Colour steps are round(index * 4 / (bands - 1)), worked out by hand in each comment. */
class DebtBandsTest {

    /** The ML Test Score's six bands over the debt index. */
    private static final List<GradeBand> SIX = List.of(
            new GradeBand("Exceptional", 0, 28.5, ""),
            new GradeBand("Strong", 28.5, 57.1, ""),
            new GradeBand("Reasonably tested", 57.1, 71.4, ""),
            new GradeBand("First pass", 71.4, 85.7, ""),
            new GradeBand("Serious holes", 85.7, 95, ""),
            new GradeBand("Research project", 95, 100, ""));

    @Test
    void fiveBandsTakeOneColourEach() {
        DebtBands bands = new DebtBands(WorkedExample.BANDS);

        // round(i * 4 / 4) = i
        assertThat(List.of(bands.colourStep(0), bands.colourStep(1), bands.colourStep(2), bands.colourStep(3),
                bands.colourStep(4))).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void sixBandsSpreadOverFiveColoursBestFirstAndWorstLast() {
        DebtBands bands = new DebtBands(SIX);

        // round(0 * 4/5) = 0, round(0.8) = 1, round(1.6) = 2, round(2.4) = 2, round(3.2) = 3, round(4.0) = 4
        assertThat(List.of(bands.colourStep(0), bands.colourStep(1), bands.colourStep(2), bands.colourStep(3),
                bands.colourStep(4), bands.colourStep(5))).containsExactly(0, 1, 2, 2, 3, 4);
    }

    @Test
    void threeBandsUseBothEndsAndTheMiddle() {
        // round(0) = 0, round(1 * 4 / 2) = 2, round(2 * 4 / 2) = 4
        assertThat(List.of(DebtBands.colourStep(0, 3), DebtBands.colourStep(1, 3), DebtBands.colourStep(2, 3)))
                .containsExactly(0, 2, 4);
        assertThat(DebtBands.colourStep(0, 1)).isZero();
        assertThatThrownBy(() -> DebtBands.colourStep(3, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bandsAreOrderedByTheirLowerBoundWhateverTheRubricsOrder() {
        DebtBands bands = new DebtBands(List.of(SIX.get(5), SIX.get(0), SIX.get(3), SIX.get(1), SIX.get(4), SIX.get(2)));

        assertThat(bands.ordered()).extracting(GradeBand::label).containsExactly("Exceptional", "Strong",
                "Reasonably tested", "First pass", "Serious holes", "Research project");
    }

    @Test
    void aDebtFallsInTheBandThatIncludesItsLowerBound() {
        DebtBands bands = new DebtBands(WorkedExample.BANDS);

        assertThat(bands.indexOf(19.9)).hasValue(0);   // [0, 20) -> A
        assertThat(bands.indexOf(20.0)).hasValue(1);   // [20, 40) -> B
        assertThat(bands.indexOf(100.0)).hasValue(4);  // the last band includes 100 -> E
        assertThat(bands.indexOf(-0.1)).isEmpty();
        assertThat(new DebtBands(SIX).indexOf(57.1)).hasValue(2); // [57.1, 71.4) -> Reasonably tested
    }
}
