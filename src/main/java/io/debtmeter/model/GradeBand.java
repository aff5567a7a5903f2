package io.debtmeter.model;

/**
 * A grade for a range of the debt index. {@code min} is inclusive, {@code max} exclusive,
 * except for the band that ends at 100, which includes 100.
 */
public record GradeBand(String label, double min, double max, String meaning) {

    public boolean contains(double debtIndex) {
        return debtIndex >= min && (debtIndex < max || (max == 100.0 && debtIndex == 100.0));
    }
}
