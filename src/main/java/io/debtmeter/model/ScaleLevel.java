package io.debtmeter.model;

/** One point of a rubric's scale, e.g. {@code 2 = "Defined"}. */
public record ScaleLevel(double value, String label) {
}
