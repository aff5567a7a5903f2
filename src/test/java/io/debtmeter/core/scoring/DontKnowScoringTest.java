package io.debtmeter.core.scoring;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Don't know" (issue 20) stays in the score at the item's lowest point, unlike N/A which leaves it, and is
 * counted apart. Tiny rubric: p1, p2 on 0 / 0.5 / 1; l1 options yes = 1, no = 0; one category, plain mean.
 */
class DontKnowScoringTest {

    private final ScoreCalculator calculator = new ScoreCalculator();
    private final Rubric tiny = TestRubrics.tiny();

    @Test
    void aPracticeNobodyCouldPlaceCountsAsItsLowestLevel() {
        // p1 = don't know -> 0, p2 = 1, l1 = yes -> 1: maturity (0 + 1 + 1) / 3 = 66.67 %, debt 33.33.
        ScoreResult result = calculator.score(tiny, Map.of(
                "p1", new Answer.DontKnow(), "p2", new Answer.Level(1), "l1", new Answer.Choice("yes")));

        assertThat(result.debtIndex().getAsDouble()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.coverage()).isEqualTo(new Coverage(2, 0, 0, 1));
        assertThat(result.coverage().total()).isEqualTo(3);
        assertThat(result.coverage().isPartial()).isFalse();
    }

    @Test
    void notApplicableInsteadLeavesTheItemOutOfTheScore() {
        // p1 = N/A leaves (1 + 1) / 2 = 100 % maturity: debt 0. The same team saying "don't know" scores 33.33.
        ScoreResult result = calculator.score(tiny, Map.of(
                "p1", new Answer.NotApplicable(), "p2", new Answer.Level(1), "l1", new Answer.Choice("yes")));

        assertThat(result.debtIndex()).hasValue(0.0);
        assertThat(result.coverage()).isEqualTo(new Coverage(2, 1, 0, 0));
    }

    @Test
    void aLitmusQuestionNobodyCouldAnswerCountsAsItsLowestScoringOption() {
        // l1 = don't know -> "no" = 0; p1 = p2 = 1: maturity 2 / 3, debt 33.33.
        ScoreResult result = calculator.score(tiny, Map.of(
                "p1", new Answer.Level(1), "p2", new Answer.Level(1), "l1", new Answer.DontKnow()));

        assertThat(result.debtIndex().getAsDouble()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(calculator.itemScore(tiny.item("l1").orElseThrow(), tiny.scale(), new Answer.DontKnow())).hasValue(0.0);
    }
}
