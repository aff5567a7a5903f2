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
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;
import io.debtmeter.model.ScaleLevel;
import io.debtmeter.model.ScoreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.debtmeter.model.AggregationRule.WEAKEST_CATEGORY;
import static io.debtmeter.model.AggregationRule.WEIGHTED_MEAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every expected number here is worked out by hand (arithmetic in the comment next to it),
 * never by calling the code under test.
 */
class ScoreCalculatorTest {

    private static final double EPS = 1e-9;

    private static final Scale SCALE_0_4 = new Scale(List.of(
            new ScaleLevel(0, "Absent"),
            new ScaleLevel(1, "Ad hoc"),
            new ScaleLevel(2, "Defined"),
            new ScaleLevel(3, "Managed"),
            new ScaleLevel(4, "Optimised")));

    private static final Scale SCALE_HALF_STEPS = new Scale(List.of(
            new ScaleLevel(0, "No"),
            new ScaleLevel(0.5, "Partly"),
            new ScaleLevel(1, "Yes")));

    private static final List<GradeBand> DEFAULT_BANDS = List.of(
            new GradeBand("A", 0, 20, "Little debt"),
            new GradeBand("B", 20, 40, "Some debt"),
            new GradeBand("C", 40, 60, "Noticeable debt"),
            new GradeBand("D", 60, 80, "Heavy debt"),
            new GradeBand("E", 80, 100, "Debt dominates"));

    private final ScoreCalculator calculator = new ScoreCalculator();

    // ---------------------------------------------------------------------------------------
    // Item scores
    // ---------------------------------------------------------------------------------------

    @Test
    void practiceLevelsOnZeroToFourScale() {
        Item item = practice("p", "c", 1, SCALE_0_4);

        assertThat(itemScore(item, SCALE_0_4, level(0))).isCloseTo(0.0, within(EPS));  // (0-0)/(4-0) = 0
        assertThat(itemScore(item, SCALE_0_4, level(1))).isCloseTo(0.25, within(EPS)); // (1-0)/(4-0) = 0.25
        assertThat(itemScore(item, SCALE_0_4, level(2))).isCloseTo(0.5, within(EPS));  // (2-0)/(4-0) = 0.5
        assertThat(itemScore(item, SCALE_0_4, level(3))).isCloseTo(0.75, within(EPS)); // (3-0)/(4-0) = 0.75
        assertThat(itemScore(item, SCALE_0_4, level(4))).isCloseTo(1.0, within(EPS));  // (4-0)/(4-0) = 1
    }

    @Test
    void practiceLevelsOnHalfStepScale() {
        Item item = practice("p", "c", 1, SCALE_HALF_STEPS);

        assertThat(itemScore(item, SCALE_HALF_STEPS, level(0))).isCloseTo(0.0, within(EPS));   // (0-0)/(1-0) = 0
        assertThat(itemScore(item, SCALE_HALF_STEPS, level(0.5))).isCloseTo(0.5, within(EPS)); // (0.5-0)/(1-0) = 0.5
        assertThat(itemScore(item, SCALE_HALF_STEPS, level(1))).isCloseTo(1.0, within(EPS));   // (1-0)/(1-0) = 1
    }

    @Test
    void practiceLevelsOnScaleNotStartingAtZero() {
        Scale oneToFive = new Scale(List.of(
                new ScaleLevel(1, "1"), new ScaleLevel(2, "2"), new ScaleLevel(3, "3"),
                new ScaleLevel(4, "4"), new ScaleLevel(5, "5")));
        Item item = practice("p", "c", 1, oneToFive);

        assertThat(itemScore(item, oneToFive, level(1))).isCloseTo(0.0, within(EPS));  // (1-1)/(5-1) = 0
        assertThat(itemScore(item, oneToFive, level(2))).isCloseTo(0.25, within(EPS)); // (2-1)/(5-1) = 0.25
        assertThat(itemScore(item, oneToFive, level(5))).isCloseTo(1.0, within(EPS));  // (5-1)/(5-1) = 1
    }

    @Test
    void litmusOptionsMapThroughTheScale() {
        Item item = litmus("l", "c", 1,
                new AnswerOption("no", "No", 0),
                new AnswerOption("some", "Sometimes", 1),
                new AnswerOption("mostly", "Mostly", 3),
                new AnswerOption("yes", "Yes", 4));

        assertThat(itemScore(item, SCALE_0_4, choice("no"))).isCloseTo(0.0, within(EPS));      // (0-0)/4 = 0
        assertThat(itemScore(item, SCALE_0_4, choice("some"))).isCloseTo(0.25, within(EPS));  // (1-0)/4 = 0.25
        assertThat(itemScore(item, SCALE_0_4, choice("mostly"))).isCloseTo(0.75, within(EPS)); // (3-0)/4 = 0.75
        assertThat(itemScore(item, SCALE_0_4, choice("yes"))).isCloseTo(1.0, within(EPS));    // (4-0)/4 = 1
    }

    @Test
    void notApplicableAndUnansweredHaveNoItemScore() {
        Item item = practice("p", "c", 1, SCALE_0_4);

        assertThat(calculator.itemScore(item, SCALE_0_4, na())).isEmpty();
        assertThat(calculator.itemScore(item, SCALE_0_4, null)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------
    // Aggregation
    // ---------------------------------------------------------------------------------------

    @Test
    void weightedMeanWithUnequalItemAndCategoryWeights() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 3), category("b", 1)),
                List.of(practice("a1", "a", 1), practice("a2", "a", 3),
                        practice("b1", "b", 2), practice("b2", "b", 1)));
        Map<String, Answer> answers = Map.of(
                "a1", level(4),  // s = 1
                "a2", level(0),  // s = 0
                "b1", level(2),  // s = 0.5
                "b2", level(1)); // s = 0.25

        ScoreResult result = calculator.score(rubric, answers);

        // a: 100*(1*1 + 3*0)/(1+3) = 100*1/4 = 25.0
        assertThat(maturity(result, "a")).isCloseTo(25.0, within(EPS));
        // b: 100*(2*0.5 + 1*0.25)/(2+1) = 100*1.25/3 = 41.666666666...
        assertThat(maturity(result, "b")).isCloseTo(41.666666666666667, within(EPS));
        // overall: (3*25 + 1*41.6666...)/(3+1) = (75 + 41.6666...)/4 = 116.6666.../4 = 29.1666666...
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(29.166666666666667, within(EPS));
        // debt: 100 - 29.1666... = 70.8333... → shown 70.8 → band D [60, 80)
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(70.833333333333333, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains("D");
        assertThat(result.rule()).isEqualTo(WEIGHTED_MEAN);
        assertThat(result.decidingCategory()).isEmpty();
    }

    @Test
    void weakestCategoryRuleTakesTheLowestCategoryAndNamesIt() {
        Rubric rubric = rubric(WEAKEST_CATEGORY,
                List.of(category("a", 3), category("b", 1), category("c", 1)),
                List.of(practice("a1", "a", 1), practice("b1", "b", 1), practice("c1", "c", 1)));
        Map<String, Answer> answers = Map.of(
                "a1", level(3),  // a: 100*0.75 = 75
                "b1", level(1),  // b: 100*0.25 = 25
                "c1", level(2)); // c: 100*0.5  = 50

        ScoreResult result = calculator.score(rubric, answers);

        // min(75, 25, 50) = 25 — category weights play no part under this rule
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(25.0, within(EPS));
        // debt: 100 - 25 = 75 → band D [60, 80)
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(75.0, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains("D");
        assertThat(result.decidingCategory()).contains("b");
        assertThat(result.rule()).isEqualTo(WEAKEST_CATEGORY);
    }

    @Test
    void weakestCategoryTieGoesToFirstInRubricOrder() {
        Rubric rubric = rubric(WEAKEST_CATEGORY,
                List.of(category("a", 1), category("b", 1), category("c", 1)),
                List.of(practice("a1", "a", 1), practice("b1", "b", 1), practice("c1", "c", 1)));
        Map<String, Answer> answers = Map.of(
                "a1", level(4),  // a: 100
                "b1", level(2),  // b: 50
                "c1", level(2)); // c: 50 (ties with b; b comes first in the rubric)

        ScoreResult result = calculator.score(rubric, answers);

        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(50.0, within(EPS)); // min(100, 50, 50) = 50
        assertThat(result.decidingCategory()).contains("b");
    }

    @Test
    void weakestCategoryIgnoresAnUnscoredCategory() {
        Rubric rubric = rubric(WEAKEST_CATEGORY,
                List.of(category("a", 1), category("b", 1)),
                List.of(practice("a1", "a", 1), practice("b1", "b", 1)));
        Map<String, Answer> answers = Map.of("a1", level(3), "b1", na()); // a: 75, b: empty

        ScoreResult result = calculator.score(rubric, answers);

        // only a is scored: min(75) = 75; debt 25 → band B [20, 40)
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(75.0, within(EPS));
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(25.0, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains("B");
        assertThat(result.decidingCategory()).contains("a");
    }

    // ---------------------------------------------------------------------------------------
    // Not applicable, unanswered, coverage
    // ---------------------------------------------------------------------------------------

    @Test
    void notApplicableLeavesTheDenominator() {
        List<Item> items = List.of(practice("x", "a", 2), practice("y", "a", 1), practice("z", "a", 1));
        Rubric withNa = rubric(WEIGHTED_MEAN, List.of(category("a", 1)), items);
        Rubric withoutZ = rubric(WEIGHTED_MEAN, List.of(category("a", 1)), items.subList(0, 2));
        Map<String, Answer> answers = new HashMap<>(Map.of("x", level(3), "y", level(1)));
        answers.put("z", na());

        ScoreResult a = calculator.score(withNa, answers);
        ScoreResult b = calculator.score(withoutZ, Map.of("x", level(3), "y", level(1)));

        // both: 100*(2*0.75 + 1*0.25)/(2+1) = 100*1.75/3 = 58.3333...
        // (had N/A counted as 0 it would be 100*1.75/4 = 43.75)
        assertThat(a.overallMaturity().getAsDouble()).isCloseTo(58.333333333333333, within(EPS));
        assertThat(b.overallMaturity().getAsDouble()).isCloseTo(58.333333333333333, within(EPS));
        assertThat(a.coverage()).isEqualTo(new Coverage(2, 1, 0));
        assertThat(a.isPartial()).isFalse();
    }

    @Test
    void allNotApplicableCategoryIsEmptyAndLeavesTheOverallScore() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1), category("b", 5)),
                List.of(practice("a1", "a", 1), practice("b1", "b", 1), practice("b2", "b", 1)));
        Map<String, Answer> answers = Map.of("a1", level(1), "b1", na(), "b2", na());

        ScoreResult result = calculator.score(rubric, answers);

        CategoryScore b = result.category("b").orElseThrow();
        assertThat(b.maturity()).isEmpty();
        assertThat(b.isScored()).isFalse();
        assertThat(b.coverage()).isEqualTo(new Coverage(0, 2, 0));
        assertThat(result.category("a").orElseThrow().coverage()).isEqualTo(new Coverage(1, 0, 0));
        // b's weight 5 does not count: (1*25)/1 = 25; debt 75 → band D
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(25.0, within(EPS));
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(75.0, within(EPS));
        assertThat(result.coverage()).isEqualTo(new Coverage(1, 2, 0));
        assertThat(result.weakestCategories()).extracting(CategoryScore::categoryId).containsExactly("a");
    }

    @Test
    void unansweredItemMakesTheAssessmentPartialAndIsLeftOut() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1)),
                List.of(practice("a1", "a", 1), practice("a2", "a", 3)));

        ScoreResult result = calculator.score(rubric, Map.of("a1", level(2))); // a2 unanswered

        // only a1: 100*(1*0.5)/1 = 50 (a2's weight 3 is not in the denominator)
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(50.0, within(EPS));
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(50.0, within(EPS));
        assertThat(result.coverage()).isEqualTo(new Coverage(1, 0, 1));
        assertThat(result.isPartial()).isTrue();
        assertThat(result.category("a").orElseThrow().coverage().isPartial()).isTrue();
    }

    @Test
    void emptyAssessmentHasNoScore() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1), category("b", 1)),
                List.of(practice("a1", "a", 1), practice("a2", "a", 1), practice("b1", "b", 1)));

        ScoreResult result = calculator.score(rubric, Map.of());

        assertThat(result.overallMaturity()).isEmpty();
        assertThat(result.debtIndex()).isEmpty();
        assertThat(result.grade()).isEmpty();
        assertThat(result.decidingCategory()).isEmpty();
        assertThat(result.coverage()).isEqualTo(new Coverage(0, 0, 3));
        assertThat(result.categories()).extracting(CategoryScore::categoryId).containsExactly("a", "b");
        assertThat(result.categories()).allSatisfy(c -> assertThat(c.maturity()).isEmpty());
        assertThat(result.weakestCategories()).isEmpty();
        assertThat(result.weakestItems()).isEmpty();
    }

    @Test
    void everythingNotApplicableHasNoScore() {
        Rubric rubric = rubric(WEAKEST_CATEGORY,
                List.of(category("a", 1)),
                List.of(practice("a1", "a", 1), practice("a2", "a", 1)));

        ScoreResult result = calculator.score(rubric, Map.of("a1", na(), "a2", na()));

        assertThat(result.overallMaturity()).isEmpty();
        assertThat(result.debtIndex()).isEmpty();
        assertThat(result.grade()).isEmpty();
        assertThat(result.decidingCategory()).isEmpty();
        assertThat(result.coverage()).isEqualTo(new Coverage(0, 2, 0));
        assertThat(result.isPartial()).isFalse();
    }

    @Test
    void answersForUnknownItemsAreIgnored() {
        Rubric rubric = rubric(WEIGHTED_MEAN, List.of(category("a", 1)), List.of(practice("a1", "a", 1)));

        ScoreResult result = calculator.score(rubric, Map.of("a1", level(3), "gone", level(99)));

        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(75.0, within(EPS)); // 100*0.75
        assertThat(result.coverage()).isEqualTo(new Coverage(1, 0, 0));
    }

    // ---------------------------------------------------------------------------------------
    // Debt index and grade
    // ---------------------------------------------------------------------------------------

    /**
     * Every item at the same end of its scale, in the rubric of {@link #twoCategoriesWithALitmus()}:
     * <ul>
     * <li>at the top, every s = 1 → every M = 100 → overall (2*100 + 1*100)/3 = 100 → debt 0 → band A [0, 20);</li>
     * <li>at the bottom, every s = 0 → every M = 0 → overall 0 → debt 100 → band E [80, 100], 100 inclusive.</li>
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({
            "4, yes, 100.0, 0.0,   A",
            "0, no,  0.0,   100.0, E"
    })
    void allAtOneEndOfTheScaleIsNoDebtOrAllDebtInTheFirstOrLastBand(double practiceLevel, String litmusChoice,
            double maturity, double debtIndex, String band) {
        ScoreResult result = calculator.score(twoCategoriesWithALitmus(),
                Map.of("a1", level(practiceLevel), "a2", choice(litmusChoice), "b1", level(practiceLevel)));

        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(maturity, within(EPS));
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(debtIndex, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains(band);
    }

    @Test
    void allAtMaximumLeavesNoWeakestItem() {
        ScoreResult result = calculator.score(twoCategoriesWithALitmus(), Map.of("a1", level(4), "a2", choice("yes"), "b1", level(4)));

        assertThat(result.weakestItems()).isEmpty(); // nothing below 1
    }

    /** Category a (weight 2): practice a1 (weight 3) and litmus a2 (yes / no); category b (weight 1): practice b1. */
    private static Rubric twoCategoriesWithALitmus() {
        return rubric(WEIGHTED_MEAN,
                List.of(category("a", 2), category("b", 1)),
                List.of(practice("a1", "a", 3), litmus("a2", "a", 1, yesNo()), practice("b1", "b", 1)));
    }

    /**
     * One practice done ("full") and one not ("none"), weighed so that the debt index lands just beside a band
     * border: the grade follows the debt index as shown, rounded to one decimal.
     * <ul>
     * <li>M = 100*(1501*1 + 999*0)/(1501+999) = 100*1501/2500 = 60.04 → D = 100 - 60.04 = 39.96;
     *     39.96 is shown as 40.0 → band C [40, 60), not B.</li>
     * <li>M = 100*3003/(3003+1997) = 100*3003/5000 = 60.06 → D = 39.94 → shown 39.9 → band B [20, 40):
     *     rounding goes down below the half.</li>
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({
            "1501, 999,  39.96, C",
            "3003, 1997, 39.94, B"
    })
    void gradeUsesTheDebtIndexRoundedToOneDecimal(double fullWeight, double noneWeight, double debtIndex, String band) {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1)),
                List.of(practice("full", "a", fullWeight, SCALE_HALF_STEPS), practice("none", "a", noneWeight, SCALE_HALF_STEPS)),
                SCALE_HALF_STEPS);

        ScoreResult result = calculator.score(rubric, Map.of("full", level(1), "none", level(0)));

        assertThat(result.debtIndex().getAsDouble()).isCloseTo(debtIndex, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains(band);
    }

    @Test
    void roundForDisplayIsHalfUpToOneDecimal() {
        assertThat(ScoreCalculator.roundForDisplay(39.96)).isCloseTo(40.0, within(EPS));
        assertThat(ScoreCalculator.roundForDisplay(39.95)).isCloseTo(40.0, within(EPS)); // half goes up
        assertThat(ScoreCalculator.roundForDisplay(39.94)).isCloseTo(39.9, within(EPS));
        assertThat(ScoreCalculator.roundForDisplay(37.5)).isCloseTo(37.5, within(EPS));
        assertThat(ScoreCalculator.roundForDisplay(70.8333333)).isCloseTo(70.8, within(EPS));
    }

    // ---------------------------------------------------------------------------------------
    // Weakest lists
    // ---------------------------------------------------------------------------------------

    @Test
    void weakestCategoriesAreLowestFirstTiesInRubricOrderAtMostThree() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1), category("b", 1), category("c", 1), category("d", 1), category("e", 1)),
                List.of(practice("a1", "a", 1), practice("b1", "b", 1), practice("c1", "c", 1),
                        practice("d1", "d", 1), practice("e1", "e", 1)));
        Map<String, Answer> answers = Map.of(
                "a1", level(3),  // a: 75
                "b1", level(1),  // b: 25
                "c1", level(4),  // c: 100
                "d1", level(3),  // d: 75 (ties with a; a first)
                "e1", na());     // e: not scored, never listed

        ScoreResult result = calculator.score(rubric, answers);

        // sorted: b 25, a 75, d 75, c 100 → first three
        assertThat(result.weakestCategories()).extracting(CategoryScore::categoryId).containsExactly("b", "a", "d");
        assertThat(result.weakestCategories().get(0).maturity().getAsDouble()).isCloseTo(25.0, within(EPS));
    }

    @Test
    void weakestItemsAreBelowFullLowestFirstTiesInRubricOrderAtMostFive() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1), category("b", 1)),
                List.of(practice("i1", "a", 1), practice("i2", "a", 1), practice("i3", "a", 1),
                        practice("i4", "b", 1), practice("i5", "b", 1), practice("i6", "b", 1),
                        practice("i7", "b", 1), practice("i8", "b", 1)));
        Map<String, Answer> answers = Map.of(
                "i1", level(4),  // 1.0  — fully mature, never listed
                "i2", level(2),  // 0.5
                "i3", level(0),  // 0.0
                "i4", level(3),  // 0.75
                "i5", level(2),  // 0.5  (ties with i2; i2 first)
                "i6", na(),      // not scored
                "i7", level(1),  // 0.25
                "i8", level(3)); // 0.75 (ties with i4; i4 first, and sixth → cut)

        ScoreResult result = calculator.score(rubric, answers);

        // sorted: i3 0, i7 0.25, i2 0.5, i5 0.5, i4 0.75, i8 0.75 → first five
        assertThat(result.weakestItems()).extracting(ItemScore::itemId)
                .containsExactly("i3", "i7", "i2", "i5", "i4");
        assertThat(result.weakestItems()).extracting(ItemScore::score)
                .containsExactly(0.0, 0.25, 0.5, 0.5, 0.75);
        assertThat(result.weakestItems().get(4).categoryId()).isEqualTo("b");
    }

    // ---------------------------------------------------------------------------------------
    // Invalid answers
    // ---------------------------------------------------------------------------------------

    @Test
    void levelNotOnTheItemIsRejected() {
        Rubric rubric = rubric(WEIGHTED_MEAN, List.of(category("a", 1)), List.of(practice("a1", "a", 1)));

        assertThatThrownBy(() -> calculator.score(rubric, Map.of("a1", level(2.5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a1")
                .hasMessageContaining("2.5");
    }

    @Test
    void optionNotOnTheItemIsRejected() {
        Rubric rubric = rubric(WEIGHTED_MEAN, List.of(category("a", 1)), List.of(litmus("l1", "a", 1, yesNo())));

        assertThatThrownBy(() -> calculator.score(rubric, Map.of("l1", choice("maybe"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("l1")
                .hasMessageContaining("maybe");
    }

    @Test
    void answerOfTheWrongKindIsRejected() {
        Item practice = practice("p1", "a", 1);
        Item litmus = litmus("l1", "a", 1, yesNo());

        assertThatThrownBy(() -> calculator.itemScore(practice, SCALE_0_4, choice("yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p1");
        assertThatThrownBy(() -> calculator.itemScore(litmus, SCALE_0_4, level(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("l1");
    }

    // ---------------------------------------------------------------------------------------
    // Helpers exposed for the UI
    // ---------------------------------------------------------------------------------------

    @Test
    void categoryMaturityHelperMatchesTheRule() {
        Rubric rubric = rubric(WEIGHTED_MEAN,
                List.of(category("a", 1), category("b", 1)),
                List.of(practice("a1", "a", 2), practice("a2", "a", 1), practice("b1", "b", 1)));
        Map<String, Answer> answers = Map.of("a1", level(1), "a2", level(4), "b1", na());

        // a: 100*(2*0.25 + 1*1)/(2+1) = 100*1.5/3 = 50
        assertThat(calculator.categoryMaturity(rubric, "a", answers).getAsDouble()).isCloseTo(50.0, within(EPS));
        assertThat(calculator.categoryMaturity(rubric, "b", answers)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------
    // The worked example of docs/scoring.md — keep both in step
    // ---------------------------------------------------------------------------------------

    @Test
    void workedExampleFromDocs() {
        List<Category> categories = List.of(
                new Category("data", "Data", "", 2),
                new Category("model", "Model", "", 1),
                new Category("infra", "Infrastructure", "", 1));
        List<Item> items = List.of(
                practice("data.versioning", "data", 3),
                litmus("data.reproduce", "data", 1,
                        new AnswerOption("no", "No", 0),
                        new AnswerOption("by-hand", "Only by hand, with effort", 1),
                        new AnswerOption("scripted", "With a script", 3),
                        new AnswerOption("one-command", "With one command", 4)),
                practice("model.tests", "model", 2),
                practice("model.fairness", "model", 1),
                practice("infra.monitoring", "infra", 1),
                practice("infra.rollback", "infra", 1));
        Map<String, Answer> answers = Map.of(
                "data.versioning", level(3),        // s = (3-0)/(4-0) = 0.75
                "data.reproduce", choice("by-hand"), // s = (1-0)/(4-0) = 0.25
                "model.tests", level(2),            // s = (2-0)/(4-0) = 0.5
                "model.fairness", na(),             // no score
                "infra.monitoring", level(3));      // s = (3-0)/(4-0) = 0.75
        // infra.rollback: unanswered

        Rubric weightedMean = rubric(WEIGHTED_MEAN, categories, items);
        ScoreResult result = calculator.score(weightedMean, answers);

        // Step 2: category maturities
        // data:  100*(3*0.75 + 1*0.25)/(3+1) = 100*2.5/4 = 62.5
        assertThat(maturity(result, "data")).isCloseTo(62.5, within(EPS));
        // model: 100*(2*0.5)/2 = 50.0 (model.fairness is N/A)
        assertThat(maturity(result, "model")).isCloseTo(50.0, within(EPS));
        // infra: 100*(1*0.75)/1 = 75.0 (infra.rollback is unanswered)
        assertThat(maturity(result, "infra")).isCloseTo(75.0, within(EPS));

        // Step 3: weighted mean (2*62.5 + 1*50 + 1*75)/(2+1+1) = 250/4 = 62.5
        assertThat(result.overallMaturity().getAsDouble()).isCloseTo(62.5, within(EPS));
        // Step 4: debt index 100 - 62.5 = 37.5; Step 5: 37.5 is in B [20, 40)
        assertThat(result.debtIndex().getAsDouble()).isCloseTo(37.5, within(EPS));
        assertThat(result.grade()).map(GradeBand::label).contains("B");
        assertThat(result.decidingCategory()).isEmpty();

        // Step 6: coverage 4 answered, 1 N/A, 1 unanswered → partial
        assertThat(result.coverage()).isEqualTo(new Coverage(4, 1, 1));
        assertThat(result.isPartial()).isTrue();
        assertThat(result.category("data").orElseThrow().coverage()).isEqualTo(new Coverage(2, 0, 0));
        assertThat(result.category("model").orElseThrow().coverage()).isEqualTo(new Coverage(1, 1, 0));
        assertThat(result.category("infra").orElseThrow().coverage()).isEqualTo(new Coverage(1, 0, 1));

        // Step 7: weakest lists
        // categories: model 50, data 62.5, infra 75
        assertThat(result.weakestCategories()).extracting(CategoryScore::categoryId)
                .containsExactly("model", "data", "infra");
        // items: data.reproduce 0.25, model.tests 0.5, data.versioning 0.75, infra.monitoring 0.75 (tie: rubric order)
        assertThat(result.weakestItems()).extracting(ItemScore::itemId)
                .containsExactly("data.reproduce", "model.tests", "data.versioning", "infra.monitoring");

        // The same answers under the weakest-category rule
        Rubric weakest = rubric(WEAKEST_CATEGORY, categories, items);
        ScoreResult strict = calculator.score(weakest, answers);

        // min(62.5, 50, 75) = 50 → debt 100 - 50 = 50 → C [40, 60); decided by "model"
        assertThat(strict.overallMaturity().getAsDouble()).isCloseTo(50.0, within(EPS));
        assertThat(strict.debtIndex().getAsDouble()).isCloseTo(50.0, within(EPS));
        assertThat(strict.grade()).map(GradeBand::label).contains("C");
        assertThat(strict.decidingCategory()).contains("model");
        assertThat(strict.coverage()).isEqualTo(new Coverage(4, 1, 1));
    }

    // ---------------------------------------------------------------------------------------
    // Test builders
    // ---------------------------------------------------------------------------------------

    private double itemScore(Item item, Scale scale, Answer answer) {
        return calculator.itemScore(item, scale, answer).getAsDouble();
    }

    private static double maturity(ScoreResult result, String categoryId) {
        return result.category(categoryId).orElseThrow().maturity().getAsDouble();
    }

    private static Rubric rubric(AggregationRule rule, List<Category> categories, List<Item> items) {
        return rubric(rule, categories, items, SCALE_0_4);
    }

    private static Rubric rubric(AggregationRule rule, List<Category> categories, List<Item> items, Scale scale) {
        return new Rubric("test", "1", "Test rubric", "", scale, rule, DEFAULT_BANDS, categories, items);
    }

    private static Category category(String id, double weight) {
        return new Category(id, "Category " + id, "", weight);
    }

    private static Item practice(String id, String categoryId, double weight) {
        return practice(id, categoryId, weight, SCALE_0_4);
    }

    /** A practice with one descriptor per level of the given scale, as the rubric loader requires. */
    private static Item practice(String id, String categoryId, double weight, Scale scale) {
        List<LevelDescriptor> levels = scale.levels().stream()
                .map(l -> new LevelDescriptor(l.value(), "At " + l.label()))
                .toList();
        return new Item(id, categoryId, ItemKind.PRACTICE, "Practice " + id, "How mature is " + id + "?",
                "Because.", "", weight, levels, List.of());
    }

    private static Item litmus(String id, String categoryId, double weight, AnswerOption... options) {
        return new Item(id, categoryId, ItemKind.LITMUS, "Litmus " + id, "Can you " + id + "?",
                "Because.", "", weight, List.of(), List.of(options));
    }

    private static AnswerOption[] yesNo() {
        return new AnswerOption[] {new AnswerOption("no", "No", 0), new AnswerOption("yes", "Yes", 4)};
    }

    private static Answer level(double value) {
        return new Answer.Level(value);
    }

    private static Answer choice(String optionId) {
        return new Answer.Choice(optionId);
    }

    private static Answer na() {
        return new Answer.NotApplicable();
    }
}
