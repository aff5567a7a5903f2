package io.debtmeter.model;

/** How category maturities combine into the overall maturity. */
public enum AggregationRule {
    /** Overall = category maturities averaged with the categories' weights. */
    WEIGHTED_MEAN("weighted-mean"),
    /** Overall = the lowest category maturity: a chain is as strong as its weakest link (ML Test Score style). */
    WEAKEST_CATEGORY("weakest-category");

    private final String jsonName;

    AggregationRule(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static AggregationRule fromJsonName(String name) {
        for (AggregationRule rule : values()) {
            if (rule.jsonName.equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("Unknown aggregation rule: " + name);
    }
}
