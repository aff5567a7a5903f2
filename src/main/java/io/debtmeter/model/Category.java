package io.debtmeter.model;

/** A group of items, e.g. one section of the paper; its weight counts in the weighted-mean rule. */
public record Category(String id, String title, String description, double weight) {
}
