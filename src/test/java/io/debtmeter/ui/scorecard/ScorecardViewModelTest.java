package io.debtmeter.ui.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.AggregationRule;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.ItemScore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WithWizardTestData;
import io.debtmeter.ui.wizard.WizardTestData;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scorecard's numbers, hand-computed (docs/scoring.md), against a real SQLite store. */
class ScorecardViewModelTest extends WithWizardTestData {

    private ScorecardViewModel scorecard(UUID assessmentId) {
        return new ScorecardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId);
    }

    @Test
    void weightedMeanOfTwoScoredCategoriesWithNotApplicableLeavingTheDenominator() {
        Assessment q4 = data.q4();
        answer(q4, rubric, 0, new Answer.Level(3));     // model boundaries: 0.75
        answer(q4, rubric, 1, new Answer.Level(1));     // model boundaries: 0.25
        answer(q4, rubric, 2, new Answer.NotApplicable());
        answer(q4, rubric, 4, new Answer.Level(4));     // data dependencies: 1.0

        ScorecardViewModel scorecard = scorecard(q4.id());
        ScoreResult result = scorecard.result();

        // model boundaries 100 * (0.75 + 0.25) / 2 = 50; data dependencies 100; mean 75; debt 100 - 75 = 25 -> B.
        assertThat(result.category("model-boundaries").orElseThrow().maturity().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(result.category("data-dependencies").orElseThrow().maturity().getAsDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(result.category("feedback-loops").orElseThrow().isScored()).isFalse();
        assertThat(scorecard.shownDebtIndex().getAsDouble()).isEqualTo(25.0);
        assertThat(result.grade().orElseThrow().label()).isEqualTo("B");
        assertThat(result.rule()).isEqualTo(AggregationRule.WEIGHTED_MEAN);
        assertThat(result.decidingCategory()).isEmpty();
        assertThat(result.coverage().answered()).isEqualTo(3);
        assertThat(result.coverage().notApplicable()).isEqualTo(1);
        assertThat(result.coverage().unanswered()).isEqualTo(26);
        assertThat(result.isPartial()).isTrue();
        assertThat(result.weakestCategories()).extracting(CategoryScore::categoryId)
                .containsExactly("model-boundaries", "data-dependencies");
        assertThat(result.weakestItems()).extracting(ItemScore::itemId)
                .containsExactly(rubric.items().get(1).id(), rubric.items().get(0).id());
        assertThat(scorecard.teamName()).isEqualTo("Search ranking");
        assertThat(scorecard.answerOf(rubric.items().get(2).id())).contains(new Answer.NotApplicable());
    }

    @Test
    void theIndexIsShownRoundedHalfUpToOneDecimalAndGradedOnThatValue() {
        Assessment q4 = data.q4();
        answer(q4, rubric, 0, new Answer.Level(1));
        answer(q4, rubric, 1, new Answer.Level(1));
        answer(q4, rubric, 2, new Answer.Level(2));

        ScorecardViewModel scorecard = scorecard(q4.id());

        // 100 * (0.25 + 0.25 + 0.5) / 3 = 33.33..; debt 66.66.. is shown as 66.7, a D.
        assertThat(scorecard.result().debtIndex().getAsDouble()).isCloseTo(66.6667, within(1e-3));
        assertThat(scorecard.shownDebtIndex().getAsDouble()).isEqualTo(66.7);
        assertThat(scorecard.result().grade().orElseThrow().label()).isEqualTo("D");
    }

    @Test
    void underTheWeakestCategoryRuleTheDecidingCategoryIsNamed() {
        Rubric testScore = data.mlTestScore();
        Assessment assessment = data.assessment(testScore, WizardTestData.Q4_DATE, "2026-Q4", Optional.empty());
        int firstModelItem = testScore.items().indexOf(testScore.itemsOf("model").get(0));
        answer(assessment, testScore, 0, new Answer.Level(1));
        answer(assessment, testScore, 1, new Answer.Level(0.5));
        answer(assessment, testScore, firstModelItem, new Answer.Level(0.5));

        ScorecardViewModel scorecard = scorecard(assessment.id());

        // data (1 + 0.5) / 2 = 75; model 50; overall = min = 50; debt 50 -> "Strong" (28.5 to 57.1).
        assertThat(scorecard.result().rule()).isEqualTo(AggregationRule.WEAKEST_CATEGORY);
        assertThat(scorecard.result().decidingCategory()).contains("model");
        assertThat(scorecard.categoryTitle("model")).isNotBlank();
        assertThat(scorecard.shownDebtIndex().getAsDouble()).isEqualTo(50.0);
        assertThat(scorecard.result().grade().orElseThrow().label()).isEqualTo("Strong");
    }

    @Test
    void nothingAnsweredMeansNoIndexAndNoGrade() {
        ScorecardViewModel scorecard = scorecard(data.q4().id());

        assertThat(scorecard.shownDebtIndex()).isEmpty();
        assertThat(scorecard.result().grade()).isEmpty();
        assertThat(scorecard.result().coverage().unanswered()).isEqualTo(30);
    }

    @Test
    void actionsAreThoseRaisedHereThenTheTeamsOtherOpenOnes() {
        Assessment q3 = data.finishedQ3(2);
        data.store.reopen(q3.id());
        ActionItem stillOpen = data.store.addAction(q3.id(), rubric.items().get(0).id(), "Still open", "Ana", Optional.empty());
        ActionItem closed = data.store.addAction(q3.id(), rubric.items().get(1).id(), "Closed", "Ben", Optional.empty());
        data.store.updateAction(new ActionItem(closed.id(), closed.teamId(), closed.raisedIn(), closed.itemId(), closed.text(),
                closed.owner(), closed.due(), ActionStatus.DONE, closed.createdAt(), closed.updatedAt()));
        data.store.finish(q3.id());
        Assessment q4 = data.q4();
        ActionItem raised = data.store.addAction(q4.id(), rubric.items().get(3).id(), "Raised now", "Ana", Optional.empty());
        ActionItem raisedAndDropped = data.store.addAction(q4.id(), rubric.items().get(4).id(), "Dropped now", "", Optional.empty());
        data.store.updateAction(new ActionItem(raisedAndDropped.id(), raisedAndDropped.teamId(), raisedAndDropped.raisedIn(),
                raisedAndDropped.itemId(), raisedAndDropped.text(), "", raisedAndDropped.due(), ActionStatus.DROPPED,
                raisedAndDropped.createdAt(), raisedAndDropped.updatedAt()));

        ScorecardViewModel scorecard = scorecard(q4.id());

        assertThat(scorecard.actions()).extracting(ActionItem::id)
                .containsExactlyInAnyOrder(raised.id(), raisedAndDropped.id(), stillOpen.id());
        assertThat(scorecard.actions().subList(0, 2)).allMatch(scorecard::raisedHere);
        assertThat(scorecard.actions().get(2).id()).isEqualTo(stillOpen.id());
    }

    @Test
    void reopenMakesAFinalAssessmentADraftThenHandsOver() {
        Assessment q3 = data.finishedQ3(1);
        ScorecardViewModel scorecard = scorecard(q3.id());
        AtomicInteger handedOver = new AtomicInteger();

        scorecard.reopen(handedOver::incrementAndGet);

        assertThat(handedOver).hasValue(1);
        assertThat(data.store.assessment(q3.id()).orElseThrow().isFinal()).isFalse();
        assertThat(scorecard.assessmentProperty().get().isFinal()).isFalse();
        scorecard.reopen(handedOver::incrementAndGet);
        assertThat(handedOver).as("a draft needs no reopening").hasValue(1);
    }

    @Test
    void aStoreThatRefusesToReopenIsReported() {
        Assessment q3 = data.finishedQ3(1);
        ScorecardViewModel scorecard = scorecard(q3.id());
        data.store.close();
        AtomicInteger handedOver = new AtomicInteger();

        scorecard.reopen(handedOver::incrementAndGet);

        assertThat(handedOver).hasValue(0);
        assertThat(scorecard.problemProperty().get()).isNotBlank();
    }

    @Test
    void aMissingAssessmentReportsALoadError() {
        ScorecardViewModel scorecard = scorecard(UUID.randomUUID());

        assertThat(scorecard.dataProperty().get()).isNull();
        assertThat(scorecard.loadErrorProperty().get()).isNotBlank();
    }
}
