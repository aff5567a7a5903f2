package io.debtmeter.model;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Where a team wants to be by its next assessment, set during this one.
 *
 * @param categoryMaturity target maturity in percent (0..100) by category id
 * @param itemLevel        target level (a value of the rubric's scale) by item id
 */
public record Targets(Map<String, Double> categoryMaturity, Map<String, Double> itemLevel) {

    public Targets {
        categoryMaturity = Map.copyOf(categoryMaturity);
        itemLevel = Map.copyOf(itemLevel);
    }

    public static Targets none() {
        return new Targets(Map.of(), Map.of());
    }

    public OptionalDouble forCategory(String categoryId) {
        Double target = categoryMaturity.get(categoryId);
        return target == null ? OptionalDouble.empty() : OptionalDouble.of(target);
    }

    public OptionalDouble forItem(String itemId) {
        Double target = itemLevel.get(itemId);
        return target == null ? OptionalDouble.empty() : OptionalDouble.of(target);
    }
}
