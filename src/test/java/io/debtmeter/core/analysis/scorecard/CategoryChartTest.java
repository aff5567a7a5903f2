package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Category;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.model.Targets;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's rows for the worked example of docs/scoring.md (maturities 62.5, 50.0, 75.0), worked out by hand. */
class CategoryChartTest {

    private final ScoreCalculator calculator = new ScoreCalculator();

    @Test
    void eachBarIsColouredByTheGradeOfItsCategorysDebtAndShowsTheGapToItsTarget() {
        Rubric rubric = WorkedExample.rubric(AggregationRule.WEIGHTED_MEAN);
        ScoreResult result = calculator.score(rubric, WorkedExample.ANSWERS);
        Targets targets = new Targets(Map.of("data", 75.0, "model", 40.0), Map.of());

        List<CategoryChartRow> rows = CategoryChart.rows(rubric, result, targets);

        assertThat(rows).extracting(CategoryChartRow::categoryId).containsExactly("data", "model", "infra");
        CategoryChartRow data = rows.get(0);
        // data: maturity 62.5, debt 100 - 62.5 = 37.5 -> B, band 1 of 5 -> colour step 1; gap 75 - 62.5 = 12.5
        assertThat(data.shownMaturity()).hasValue(62.5);
        assertThat(data.band().map(GradeBand::label)).contains("B");
        assertThat(data.colourStep()).hasValue(1);
        assertThat(data.target()).hasValue(75.0);
        assertThat(data.gap()).hasValue(12.5);
        assertThat(data.targetMet()).isFalse();
        assertThat(data.deciding()).isFalse();
        assertThat(data.coverage()).isEqualTo(new Coverage(2, 0, 0));
        CategoryChartRow model = rows.get(1);
        // model: 50.0, debt 50.0 -> C, step 2; target 40: 40 - 50 = -10 -> met
        assertThat(model.band().map(GradeBand::label)).contains("C");
        assertThat(model.colourStep()).hasValue(2);
        assertThat(model.gap()).hasValue(-10.0);
        assertThat(model.targetMet()).isTrue();
        CategoryChartRow infra = rows.get(2);
        // infra: 75.0, debt 25.0 -> B, step 1; no target, no gap
        assertThat(infra.band().map(GradeBand::label)).contains("B");
        assertThat(infra.colourStep()).hasValue(1);
        assertThat(infra.target()).isEmpty();
        assertThat(infra.gap()).isEmpty();
        assertThat(infra.coverage()).isEqualTo(new Coverage(1, 0, 1));
    }

    @Test
    void underTheWeakestCategoryRuleTheLowestBarIsMarkedAsDeciding() {
        Rubric rubric = WorkedExample.rubric(AggregationRule.WEAKEST_CATEGORY);

        List<CategoryChartRow> rows = CategoryChart.rows(rubric, calculator.score(rubric, WorkedExample.ANSWERS), Targets.none());

        // min(62.5, 50.0, 75.0) = 50.0: model decides
        assertThat(rows).filteredOn(CategoryChartRow::deciding).extracting(CategoryChartRow::categoryId)
                .containsExactly("model");
    }

    @Test
    void aCategoryWithNothingScoredHasNoBarColourAndNoGapButKeepsItsTarget() {
        Rubric rubric = WorkedExample.rubric(AggregationRule.WEIGHTED_MEAN);
        Map<String, Answer> answers = new HashMap<>(WorkedExample.ANSWERS);
        answers.remove("infra.monitoring");

        CategoryChartRow infra = CategoryChart.rows(rubric, calculator.score(rubric, answers),
                new Targets(Map.of("infra", 60.0), Map.of())).get(2);

        assertThat(infra.isScored()).isFalse();
        assertThat(infra.band()).isEmpty();
        assertThat(infra.colourStep()).isEmpty();
        assertThat(infra.target()).hasValue(60.0);
        assertThat(infra.gap()).isEmpty();
    }

    @Test
    void theBandIsLookedUpOnTheShownMaturitySoTheLetterAgreesWithTheNumber() {
        Rubric rubric = new Rubric("r", "1", "R", "", WorkedExample.SCALE, AggregationRule.WEIGHTED_MEAN,
                WorkedExample.BANDS, List.of(new Category("c", "C", "", 1)), List.of(WorkedExample.practice("c.1", "c", 1)));
        // Made by hand: a maturity of 60.05 is shown as 60.1, debt 100 - 60.1 = 39.9 -> B.
        // (Rounding 100 - 60.05 = 39.95 instead would give 40.0 -> C, disagreeing with the "60.1" on the bar.)
        CategoryScore score = new CategoryScore("c", OptionalDouble.of(60.05), new Coverage(1, 0, 0));
        ScoreResult result = new ScoreResult(AggregationRule.WEIGHTED_MEAN, List.of(score), OptionalDouble.of(60.05),
                OptionalDouble.of(39.95), Optional.empty(), new Coverage(1, 0, 0), List.of(score), List.of(), Optional.empty());

        CategoryChartRow row = CategoryChart.rows(rubric, result, Targets.none()).get(0);

        assertThat(row.shownMaturity()).hasValue(60.1);
        assertThat(row.band().map(GradeBand::label)).contains("B");
        assertThat(row.colourStep()).hasValue(1);
    }
}
