package io.debtmeter.core.scoring;

import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScoreResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a team's answers to a rubric into a {@link ScoreResult}: item scores, category maturities,
 * the overall maturity, the debt index and its grade. The rules are documented, with a worked
 * example, in {@code docs/scoring.md}; keep the two in step.
 *
 * <p>Pure and stateless: the same rubric and answers always give the same result, so the class is
 * safe to share between threads and to call on every edit in the UI.
 */
public final class ScoreCalculator {

    /** How many categories the scorecard lists as "weakest". */
    public static final int WEAKEST_CATEGORY_LIMIT = 3;
    /** How many items the scorecard lists as "weakest". */
    public static final int WEAKEST_ITEM_LIMIT = 5;

    /**
     * Scores a whole assessment.
     *
     * @param rubric           the rubric the answers belong to
     * @param answersByItemId  answers keyed by item id; a missing key (or a {@code null} value) means
     *                         unanswered; keys that are not items of the rubric are ignored
     * @throws IllegalArgumentException if an answer names a level or option the item does not have
     */
    public ScoreResult score(Rubric rubric, Map<String, Answer> answersByItemId) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(answersByItemId, "answersByItemId");

        List<ItemScore> itemScores = itemScores(rubric, answersByItemId);
        List<CategoryScore> categoryScores = rubric.categories().stream()
                .map(c -> categoryScore(rubric, c, answersByItemId))
                .toList();

        AggregationRule rule = rubric.aggregation();
        OptionalDouble overall = overallMaturity(rubric, rule, categoryScores);
        OptionalDouble debtIndex = overall.isPresent()
                ? OptionalDouble.of(100.0 - overall.getAsDouble())
                : OptionalDouble.empty();
        Optional<GradeBand> grade = debtIndex.isPresent()
                ? gradeFor(rubric, debtIndex.getAsDouble())
                : Optional.empty();
        Optional<String> deciding = rule == AggregationRule.WEAKEST_CATEGORY
                ? weakestCategories(categoryScores, 1).stream().map(CategoryScore::categoryId).findFirst()
                : Optional.empty();

        return new ScoreResult(
                rule,
                categoryScores,
                overall,
                debtIndex,
                grade,
                coverage(rubric.items(), answersByItemId),
                weakestCategories(categoryScores, WEAKEST_CATEGORY_LIMIT),
                weakestItems(itemScores, WEAKEST_ITEM_LIMIT),
                deciding);
    }

    /**
     * The item's answer as a value 0..1 on the scale: 0 = the scale's lowest point, 1 = its highest.
     *
     * @param answer the answer, or {@code null} when unanswered
     * @return the score, or empty when the item is not applicable or unanswered
     * @throws IllegalArgumentException if the answer names a level or option the item does not have,
     *                                  or does not fit the item's kind
     */
    public OptionalDouble itemScore(Item item, Scale scale, Answer answer) {
        if (answer == null || answer instanceof Answer.NotApplicable) {
            return OptionalDouble.empty();
        }
        double raw = answer instanceof Answer.DontKnow ? item.lowestValue() : rawValue(item, answer);
        // Normalising makes a 0..4 scale and a 0/0.5/1 scale score alike.
        return OptionalDouble.of((raw - scale.min()) / (scale.max() - scale.min()));
    }

    /**
     * A category's maturity in percent: 100 * sum(w_i * s_i) / sum(w_i) over its scored items.
     * Item weights are positive (the rubric loader enforces it), so the denominator is never zero.
     *
     * @return the maturity, or empty when none of the category's items was scored
     */
    public OptionalDouble categoryMaturity(Rubric rubric, String categoryId, Map<String, Answer> answers) {
        double weightedSum = 0.0;
        double weightTotal = 0.0;
        int scoredItems = 0;
        for (Item item : rubric.itemsOf(categoryId)) {
            OptionalDouble s = itemScore(item, rubric.scale(), answers.get(item.id()));
            if (s.isPresent()) {
                weightedSum += item.weight() * s.getAsDouble();
                weightTotal += item.weight();
                scoredItems++;
            }
        }
        if (scoredItems == 0) {
            // No scored item: N/A and unanswered items leave the denominator, so nothing is left to average.
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * weightedSum / weightTotal);
    }

    /**
     * The value the scorecard shows for a debt index or maturity: rounded half-up to one decimal.
     * Grades are looked up on this value so that what is shown and the grade never disagree.
     */
    public static double roundForDisplay(double value) {
        // BigDecimal.valueOf goes through the shortest decimal text of the double, so 39.95 rounds to
        // 40.0 as a person reading "39.95" expects, not to 39.9 as binary arithmetic would.
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    // --- items -------------------------------------------------------------------------------

    /** The raw scale value an answer stands for, checked against what the item offers. */
    private static double rawValue(Item item, Answer answer) {
        if (answer instanceof Answer.Level level) {
            requireKind(item, ItemKind.PRACTICE, answer);
            if (item.level(level.value()).isEmpty()) {
                throw new IllegalArgumentException(
                        "Item '" + item.id() + "' has no level " + level.value());
            }
            return level.value();
        }
        if (answer instanceof Answer.Choice choice) {
            requireKind(item, ItemKind.LITMUS, answer);
            return item.option(choice.optionId())
                    .map(AnswerOption::score)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Item '" + item.id() + "' has no option '" + choice.optionId() + "'"));
        }
        throw new IllegalArgumentException("Item '" + item.id() + "': unsupported answer " + answer);
    }

    /** A level for a litmus question (or an option for a practice) is a bug upstream, not a zero. */
    private static void requireKind(Item item, ItemKind expected, Answer answer) {
        if (item.kind() != expected) {
            throw new IllegalArgumentException("Item '" + item.id() + "' is a " + item.kind().jsonName()
                    + " item and cannot take the answer " + answer);
        }
    }

    /** Scores of all scored items, in rubric order (the order ties are broken in). */
    private List<ItemScore> itemScores(Rubric rubric, Map<String, Answer> answers) {
        List<ItemScore> scores = new ArrayList<>();
        for (Item item : rubric.items()) {
            OptionalDouble s = itemScore(item, rubric.scale(), answers.get(item.id()));
            if (s.isPresent()) {
                scores.add(new ItemScore(item.id(), item.categoryId(), s.getAsDouble()));
            }
        }
        return scores;
    }

    // --- categories and overall ----------------------------------------------------------------

    private CategoryScore categoryScore(Rubric rubric, Category category, Map<String, Answer> answers) {
        return new CategoryScore(
                category.id(),
                categoryMaturity(rubric, category.id(), answers),
                coverage(rubric.itemsOf(category.id()), answers));
    }

    /** Combines the scored categories by the rubric's rule; empty when no category was scored. */
    private static OptionalDouble overallMaturity(Rubric rubric, AggregationRule rule,
                                                  List<CategoryScore> categories) {
        List<CategoryScore> scored = categories.stream().filter(CategoryScore::isScored).toList();
        if (scored.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (rule) {
            case WEIGHTED_MEAN -> OptionalDouble.of(weightedMean(rubric, scored));
            // A chain is as strong as its weakest link: the lowest category is the overall maturity.
            case WEAKEST_CATEGORY -> scored.stream().mapToDouble(c -> c.maturity().getAsDouble()).min();
        };
    }

    /** sum(W_c * M_c) / sum(W_c) over the scored categories. */
    private static double weightedMean(Rubric rubric, List<CategoryScore> scored) {
        double weightedSum = 0.0;
        double weightTotal = 0.0;
        for (CategoryScore c : scored) {
            double weight = rubric.category(c.categoryId()).orElseThrow().weight();
            weightedSum += weight * c.maturity().getAsDouble();
            weightTotal += weight;
        }
        return weightedSum / weightTotal;
    }

    private static Optional<GradeBand> gradeFor(Rubric rubric, double debtIndex) {
        return rubric.gradeFor(roundForDisplay(debtIndex));
    }

    // --- coverage and weakest lists ----------------------------------------------------------

    /** Counts the given items as answered, "don't know" (both scored), not applicable or unanswered. */
    private static Coverage coverage(List<Item> items, Map<String, Answer> answers) {
        int answered = 0;
        int dontKnow = 0;
        int notApplicable = 0;
        int unanswered = 0;
        for (Item item : items) {
            Answer answer = answers.get(item.id());
            if (answer == null) {
                unanswered++;
            } else if (answer instanceof Answer.NotApplicable) {
                notApplicable++;
            } else if (answer instanceof Answer.DontKnow) {
                dontKnow++;
            } else {
                answered++;
            }
        }
        return new Coverage(answered, notApplicable, unanswered, dontKnow);
    }

    /** Scored categories, lowest maturity first; the stable sort keeps rubric order on ties. */
    private static List<CategoryScore> weakestCategories(List<CategoryScore> categories, int limit) {
        return categories.stream()
                .filter(CategoryScore::isScored)
                .sorted(Comparator.comparingDouble(c -> c.maturity().getAsDouble()))
                .limit(limit)
                .toList();
    }

    /** Scored items below full maturity, lowest first; the stable sort keeps rubric order on ties. */
    private static List<ItemScore> weakestItems(List<ItemScore> itemScores, int limit) {
        return itemScores.stream()
                .filter(s -> s.score() < 1.0)
                .sorted(Comparator.comparingDouble(ItemScore::score))
                .limit(limit)
                .toList();
    }
}
