package io.debtmeter.core.analysis.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Rubric;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GradeDecisionTest {

    private final ScoreCalculator calculator = new ScoreCalculator();

    @Test
    void namesTheLowestCategoryWithItsShownMaturity() {
        Rubric rubric = WorkedExample.rubric(AggregationRule.WEAKEST_CATEGORY);

        GradeDecision decision = GradeDecision.of(calculator.score(rubric, WorkedExample.ANSWERS)).orElseThrow();

        // min(data 62.5, model 50.0, infra 75.0) -> model, 50.0, nobody else at 50.0
        assertThat(decision.categoryId()).isEqualTo("model");
        assertThat(decision.shownMaturity()).isEqualTo(50.0);
        assertThat(decision.tiedWith()).isEmpty();
    }

    @Test
    void onATieTheFirstInTheRubricDecidesAndTheOthersAreNamed() {
        Rubric rubric = WorkedExample.rubric(AggregationRule.WEAKEST_CATEGORY);
        Map<String, Answer> answers = new HashMap<>(WorkedExample.ANSWERS);
        answers.put("infra.monitoring", new Answer.Level(2)); // infra 100 * 0.5 = 50.0, level with model

        GradeDecision decision = GradeDecision.of(calculator.score(rubric, answers)).orElseThrow();

        assertThat(decision.categoryId()).isEqualTo("model");
        assertThat(decision.tiedWith()).containsExactly("infra");
    }

    @Test
    void noDecisionUnderTheWeightedMeanOrWithNothingScored() {
        Rubric weighted = WorkedExample.rubric(AggregationRule.WEIGHTED_MEAN);
        Rubric weakest = WorkedExample.rubric(AggregationRule.WEAKEST_CATEGORY);

        assertThat(GradeDecision.of(calculator.score(weighted, WorkedExample.ANSWERS))).isEmpty();
        assertThat(GradeDecision.of(calculator.score(weakest, Map.of()))).isEmpty();
    }
}
