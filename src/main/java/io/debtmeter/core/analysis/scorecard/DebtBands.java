package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.model.GradeBand;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * A rubric's grade bands ordered from least to most debt, and the colour step each one gets on the
 * scorecard's five-step colour-blind-safe palette (step 0 = least debt, step 4 = most debt).
 *
 * <p>Rubrics may have any number of bands (the ML Test Score has six), so a band's position is spread
 * evenly over the five steps: the best band always takes the first colour and the worst the last.
 * Two neighbouring bands may then share a colour; the band label written on each bar tells them apart.
 */
public final class DebtBands {

    /** How many colours the palette has. */
    public static final int STEPS = 5;

    private final List<GradeBand> ordered;

    public DebtBands(List<GradeBand> bands) {
        this.ordered = bands.stream().sorted(Comparator.comparingDouble(GradeBand::min)).toList();
    }

    /** The bands, least debt first. */
    public List<GradeBand> ordered() {
        return ordered;
    }

    /** Position (least debt first) of the band a shown debt value falls in; empty when none contains it. */
    public OptionalInt indexOf(double shownDebt) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).contains(shownDebt)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The palette step 0..4 of the band at this position: round(index * 4 / (bands - 1)). */
    public int colourStep(int index) {
        return colourStep(index, ordered.size());
    }

    static int colourStep(int index, int bandCount) {
        if (index < 0 || index >= bandCount) {
            throw new IndexOutOfBoundsException("Band " + index + " of " + bandCount);
        }
        if (bandCount == 1) {
            return 0;
        }
        return (int) Math.round(index * (STEPS - 1) / (double) (bandCount - 1));
    }
}
