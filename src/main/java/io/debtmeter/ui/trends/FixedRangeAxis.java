package io.debtmeter.ui.trends;

import javafx.scene.chart.ValueAxis;

import java.util.List;

/**
 * A number axis whose bounds its subclass sets by hand, never auto-ranged or animated, with no
 * minor ticks: the trends chart places its ticks itself.
 */
abstract class FixedRangeAxis extends ValueAxis<Number> {

    FixedRangeAxis(double lowerBound, double upperBound) {
        super(lowerBound, upperBound);
        setAutoRanging(false);
        setMinorTickVisible(false);
        setAnimated(false);
    }

    @Override
    protected final List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected final void setRange(Object range, boolean animate) {
        // The bounds are the subclass's to set; nothing ranges automatically.
    }

    @Override
    protected final Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }
}
