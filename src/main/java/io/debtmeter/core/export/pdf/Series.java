package io.debtmeter.core.export.pdf;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One line of a line chart: a value (0..100) per x position, empty where the line has a gap.
 *
 * @param dash PDF dash array, or null for a solid line
 */
record Series(String name, List<OptionalDouble> values, Rgb colour, float lineWidth, float[] dash, PointShape shape) {

    Series {
        values = List.copyOf(values);
    }
}
