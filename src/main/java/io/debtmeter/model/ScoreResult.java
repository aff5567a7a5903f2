package io.debtmeter.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the scorecard shows about one set of answers.
 *
 * @param overallMaturity  percent 0..100; empty when no item was scored
 * @param debtIndex        100 - overall maturity (100 = all debt); empty when no item was scored
 * @param grade            the band the debt index (rounded to one decimal, as shown) falls in
 * @param decidingCategory under the weakest-category rule, the category that set the overall score
 */
public record ScoreResult(
        AggregationRule rule,
        List<CategoryScore> categories,
        OptionalDouble overallMaturity,
        OptionalDouble debtIndex,
        Optional<GradeBand> grade,
        Coverage coverage,
        List<CategoryScore> weakestCategories,
        List<ItemScore> weakestItems,
        Optional<String> decidingCategory) {

    public ScoreResult {
        categories = List.copyOf(categories);
        weakestCategories = List.copyOf(weakestCategories);
        weakestItems = List.copyOf(weakestItems);
    }

    /** True when some items are unanswered: the score covers only what was answered. */
    public boolean isPartial() {
        return coverage.isPartial();
    }

    public Optional<CategoryScore> category(String categoryId) {
        return categories.stream().filter(c -> c.categoryId().equals(categoryId)).findFirst();
    }
}
