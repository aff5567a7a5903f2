package io.debtmeter.ui.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * The debt scale, 0 to 100 in steps of 20, with a little room beyond both ends so that a marker at
 * 0 or 100 is drawn whole rather than cut in half by the plot's edge. Fixed: every team's chart
 * reads on the same 0..100 scale.
 */
final class DebtAxis extends FixedRangeAxis {

    private static final double ROOM = 5;

    DebtAxis() {
        super(-ROOM, 100 + ROOM);
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
}
