package io.debtmeter.model;

/** What a team observably does at one level of the scale for one practice. */
public record LevelDescriptor(double value, String descriptor) {
}
