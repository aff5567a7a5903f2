package io.debtmeter.model;

/** A scored item: its answer as a value 0..1 on the rubric's scale (0 = not practised, 1 = fully mature). */
public record ItemScore(String itemId, String categoryId, double score) {
}
