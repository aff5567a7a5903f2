package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.TrendPoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A time axis in days whose ticks sit on the assessments' dates and are labelled with their periods.
 * Labels that would touch their neighbour are left out, newest first kept, so with 40 assessments
 * about every third is labelled and none overlap.
 */
final class PeriodAxis extends FixedRangeAxis {

    private static final double LABEL_GAP = 14;
    private final TreeMap<Long, String> labelsByDay = new TreeMap<>();

    PeriodAxis() {
        super(0, 1);
    }

    /** @param points oldest first; two on one day share a tick, labelled with the later one's period */
    void setPoints(List<TrendPoint> points) {
        labelsByDay.clear();
        points.forEach(p -> labelsByDay.put(p.date().toEpochDay(), p.period()));
        if (labelsByDay.isEmpty()) {
            return;
        }
        long first = labelsByDay.firstKey();
        long last = labelsByDay.lastKey();
        // Room either side so the outer labels and markers are not cut at the plot's edge.
        double pad = Math.max(30, (last - first) * 0.06);
        setLowerBound(first - pad);
        setUpperBound(last + pad);
        invalidateRange();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        List<Number> ticks = new ArrayList<>();
        double leftEdgeOfLastKept = Double.POSITIVE_INFINITY;
        for (Map.Entry<Long, String> entry : labelsByDay.descendingMap().entrySet()) {
            double centre = position(entry.getKey(), length);
            double half = measureTickMarkLabelSize(entry.getValue(), getTickLabelRotation()).getWidth() / 2;
            if (centre + half + LABEL_GAP <= leftEdgeOfLastKept) {
                ticks.add((double) entry.getKey());
                leftEdgeOfLastKept = centre - half;
            }
        }
        Collections.reverse(ticks);
        return ticks;
    }

    private double position(long day, double length) {
        return (day - getLowerBound()) / (getUpperBound() - getLowerBound()) * length;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        String label = labelsByDay.get(Math.round(value.doubleValue()));
        return label == null ? "" : label;
    }
}
