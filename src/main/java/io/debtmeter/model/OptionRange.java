package io.debtmeter.model;

import java.util.OptionalDouble;

/**
 * The measured answers a litmus option stands for, as a half-open range {@code [from, to)} in the item's
 * {@link ItemGuidance#rangeUnit() unit}; a range without {@code to} has no upper bound. The options of one
 * item tile the line from their first {@code from} upwards, so every measured answer falls in exactly one.
 */
public record OptionRange(double from, OptionalDouble to) {

    public OptionRange {
        if (to.isPresent() && !(to.getAsDouble() > from)) {
            throw new IllegalArgumentException("a range must end after it starts: " + from + " to " + to.getAsDouble());
        }
    }

    public boolean contains(double value) {
        return value >= from && (to.isEmpty() || value < to.getAsDouble());
    }
}
