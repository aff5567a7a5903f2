package io.debtmeter.ui.scorecard;

import io.debtmeter.ui.task.QueuedTaskExecutor;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.analysis.scorecard.GradeDecision;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WithWizardTestData;
import io.debtmeter.ui.wizard.WizardTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scorecard's chart rows, targets, votes and the weakest-category explanation, against a real
 * SQLite store; every number worked out by hand. On the default rubric items 0..3 are "Model
 * boundaries" and items 4..6 "Data dependencies", on a 0..4 scale with bands A..E of 20 each.
 */
class ScorecardTargetsTest extends WithWizardTestData {

    private Assessment q4;

    @BeforeEach
    void answerFourItems() {
        q4 = data.q4();
        answer(q4, rubric, 0, new Answer.Level(3));    // model boundaries: 0.75
        answer(q4, rubric, 1, new Answer.Level(1));    // model boundaries: 0.25
        answer(q4, rubric, 4, new Answer.Level(4));    // data dependencies: 1.0
        answer(q4, rubric, 5, new Answer.Level(3));    // data dependencies: 0.75
    }

    private ScorecardViewModel scorecard(UUID assessmentId) {
        return new ScorecardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), assessmentId);
    }

    private String item(int index) {
        return rubric.items().get(index).id();
    }

    @Test
    void aSavedCategoryTargetIsStoredAndShowsItsGapOnTheBar() {
        ScorecardViewModel scorecard = scorecard(q4.id());

        scorecard.targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(75));

        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.SAVED);
        assertThat(data.store.targets(q4.id()).forCategory("model-boundaries")).hasValue(75.0);
        CategoryChartRow model = scorecard.categoryRow("model-boundaries").orElseThrow();
        // maturity 100 * (0.75 + 0.25) / 2 = 50.0; debt 50.0 -> C, the middle of five colours (step 2); gap 75 - 50 = 25
        assertThat(model.shownMaturity()).hasValue(50.0);
        assertThat(model.band().map(GradeBand::label)).contains("C");
        assertThat(model.colourStep()).hasValue(2);
        assertThat(model.gap()).hasValue(25.0);
        CategoryChartRow dataDependencies = scorecard.categoryRow("data-dependencies").orElseThrow();
        // 100 * (1 + 0.75) / 2 = 87.5; debt 12.5 -> A, step 0; no target
        assertThat(dataDependencies.shownMaturity()).hasValue(87.5);
        assertThat(dataDependencies.band().map(GradeBand::label)).contains("A");
        assertThat(dataDependencies.colourStep()).hasValue(0);
        assertThat(dataDependencies.gap()).isEmpty();
    }

    @Test
    void aTargetBelowTheMaturityIsMetAndAClearedTargetIsGone() {
        ScorecardViewModel scorecard = scorecard(q4.id());

        scorecard.targets().saveCategoryTarget("data-dependencies", OptionalDouble.of(80));
        // 80 - 87.5 = -7.5: met
        assertThat(scorecard.categoryRow("data-dependencies").orElseThrow().gap()).hasValue(-7.5);
        assertThat(scorecard.categoryRow("data-dependencies").orElseThrow().targetMet()).isTrue();

        scorecard.targets().saveCategoryTarget("data-dependencies", OptionalDouble.empty());

        assertThat(data.store.targets(q4.id()).forCategory("data-dependencies")).isEmpty();
        assertThat(scorecard.categoryRow("data-dependencies").orElseThrow().target()).isEmpty();
    }

    @Test
    void anItemTargetCountsTheLevelsStillToClimb() {
        ScorecardViewModel scorecard = scorecard(q4.id());

        scorecard.targets().saveItemTarget(item(1), OptionalDouble.of(3));

        assertThat(data.store.targets(q4.id()).forItem(item(1))).hasValue(3.0);
        ItemDetailRow row = scorecard.itemRow(item(1)).orElseThrow();
        // level 1 now, target 3: levels 2 and 3 to go
        assertThat(row.target()).hasValue(3.0);
        assertThat(row.stepsToGo()).hasValue(2);
        assertThat(scorecard.itemRows("model-boundaries")).extracting(r -> r.item().id())
                .containsExactly(item(0), item(1), item(2), item(3));
    }

    @Test
    void targetsCanBeSetOnAFinalAssessmentAndAreReadBackOnTheNextOpening() {
        data.store.finish(q4.id());
        scorecard(q4.id()).targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(62.5));

        ScorecardViewModel reopened = scorecard(q4.id());

        // 62.5 - 50.0 = 12.5
        assertThat(reopened.categoryRow("model-boundaries").orElseThrow().gap()).hasValue(12.5);
        assertThat(reopened.canSetTargets()).isTrue();
    }

    @Test
    void savedIsSaidOnlyOnceTheStoreHasReturned() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ScorecardViewModel scorecard = new ScorecardViewModel(data.store, executor, new ScoreCalculator(), q4.id());
        executor.runAll();

        scorecard.targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(75));

        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.SAVING);
        assertThat(scorecard.categoryRow("model-boundaries").orElseThrow().target()).isEmpty();
        executor.runAll();
        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.SAVED);
        assertThat(scorecard.categoryRow("model-boundaries").orElseThrow().target()).hasValue(75.0);
    }

    @Test
    void aFailedSaveIsReportedAndTheChartKeepsTheStoredTargets() {
        ScorecardViewModel scorecard = scorecard(q4.id());
        data.store.close();

        scorecard.targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(75));

        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.FAILED);
        assertThat(scorecard.targets().problemProperty().get()).isNotBlank();
        assertThat(scorecard.categoryRow("model-boundaries").orElseThrow().target()).isEmpty();
    }

    @Test
    void aLevelOffTheItemsScaleIsRefusedByTheStoreAndReported() {
        ScorecardViewModel scorecard = scorecard(q4.id());

        scorecard.targets().saveItemTarget(item(0), OptionalDouble.of(2.5));

        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.FAILED);
        assertThat(scorecard.targets().problemProperty().get()).contains("2.5");
        scorecard.targets().resetStatus();
        assertThat(scorecard.targets().stateProperty().get()).isEqualTo(TargetSaveState.IDLE);
    }

    @Test
    void aMaturityOutsideZeroToHundredIsAProgrammingError() {
        ScorecardViewModel scorecard = scorecard(q4.id());

        assertThatThrownBy(() -> scorecard.targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(100.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scorecard.targets().saveCategoryTarget("model-boundaries", OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void votesAreCountedPerItem() {
        data.store.saveResponse(q4.id(), new ItemResponse(item(1), Optional.of(new Answer.Level(1)), "Split team",
                List.of(), Map.of("1", 3, "3", 2), false));

        ScorecardViewModel scorecard = scorecard(q4.id());

        // 3 people said 1, 2 said 3: 5 votes
        assertThat(scorecard.voteCount(item(1))).isEqualTo(5);
        assertThat(scorecard.voteCount(item(0))).isZero();
        assertThat(scorecard.itemRow(item(1)).orElseThrow().response().note()).isEqualTo("Split team");
    }

    @Test
    void underTheWeakestCategoryRuleTheDecidingCategoryAndItsMaturityAreGiven() {
        Rubric testScore = data.mlTestScore();
        Assessment assessment = data.assessment(testScore, WizardTestData.Q4_DATE, "2026-Q4 tests", Optional.empty());
        int firstMonitoringItem = testScore.items().indexOf(testScore.itemsOf("monitoring").get(0));
        answer(assessment, testScore, 0, new Answer.Level(1));                        // data: 1
        answer(assessment, testScore, firstMonitoringItem, new Answer.Level(0.5));    // monitoring: 0.5
        answer(assessment, testScore, firstMonitoringItem + 1, new Answer.Level(0));  // monitoring: 0

        ScorecardViewModel scorecard = scorecard(assessment.id());

        // data 100; monitoring 100 * (0.5 + 0) / 2 = 25.0; min = 25 -> monitoring decides; debt 75 -> "First pass"
        GradeDecision decision = scorecard.gradeDecision().orElseThrow();
        assertThat(decision.categoryId()).isEqualTo("monitoring");
        assertThat(decision.shownMaturity()).isEqualTo(25.0);
        assertThat(scorecard.result().grade().orElseThrow().label()).isEqualTo("First pass");
        assertThat(scorecard.categoryRow("monitoring").orElseThrow().deciding()).isTrue();
        // debt 75.0 lies in "First pass" (71.4..85.7), the 4th of six bands: round(3 * 4 / 5) = round(2.4) = 2
        assertThat(scorecard.categoryRow("monitoring").orElseThrow().colourStep()).hasValue(2);
        // data: debt 0 -> "Exceptional", step 0
        assertThat(scorecard.categoryRow("data").orElseThrow().colourStep()).hasValue(0);
    }
}
