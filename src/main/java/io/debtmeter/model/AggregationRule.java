package io.debtmeter.model;

/** How category maturities combine into the overall maturity. */
public enum AggregationRule implements JsonNamed {
    /** Overall = category maturities averaged with the categories' weights. */
    WEIGHTED_MEAN,
    /** Overall = the lowest category maturity: a chain is as strong as its weakest link (ML Test Score style). */
    WEAKEST_CATEGORY;

    public static AggregationRule fromJsonName(String name) {
        return JsonNamed.fromJsonName(AggregationRule.class, name, "aggregation rule");
    }
}
