package io.debtmeter.ui.trends;

import javafx.scene.chart.ValueAxis;

import java.util.ArrayList;
import java.util.List;

/**
 * The debt scale, 0 to 100 in steps of 20, with a little room beyond both ends so that a marker at
 * 0 or 100 is drawn whole rather than cut in half by the plot's edge.
 */
final class DebtAxis extends ValueAxis<Number> {

    private static final double ROOM = 5;

    DebtAxis() {
        super(-ROOM, 100 + ROOM);
        setAutoRanging(false);
        setMinorTickVisible(false);
        setAnimated(false);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        List<Number> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 20) {
            ticks.add(value);
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return String.valueOf(value.intValue());
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        // Fixed: every team's chart reads on the same 0..100 scale.
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }
}
