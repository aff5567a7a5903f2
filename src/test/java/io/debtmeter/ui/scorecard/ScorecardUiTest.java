package io.debtmeter.ui.scorecard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.debtmeter.testsupport.OnScreen.shown;
import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team looks at the scorecard of its finished quarter: 28 items answered, one N/A, one left open,
 * with actions raised, and reopens it to correct an answer.
 */
@ExtendWith(ApplicationExtension.class)
class ScorecardUiTest extends WithScorecardOfQ4 {

    @Start
    void start(Stage stage) {
        answerQ4InPattern(0);
        List<Item> items = rubric.items();
        data.store.addAction(q4.id(), items.get(0).id(), "Add a SHAP report to the release checklist", "Ana",
                Optional.of(LocalDate.of(2026, 12, 15)));
        ActionItem done = data.store.addAction(q4.id(), items.get(4).id(), "Put training data under DVC", "Ben", Optional.empty());
        data.store.updateAction(new ActionItem(done.id(), done.teamId(), done.raisedIn(), done.itemId(), done.text(),
                done.owner(), done.due(), ActionStatus.DONE, done.createdAt(), done.updatedAt()));
        finishQ4AndShowItsScorecard(stage);
    }

    @Test
    void showsTheIndexGradePartialCoverageCategoriesWeakestAndActions(FxRobot robot) {
        var expected = new ScoreCalculator().score(rubric, data.store.responses(q4.id()).values().stream()
                .collect(java.util.stream.Collectors.toMap(ItemResponse::itemId, r -> r.answer().orElseThrow())));
        String index = String.format(Locale.ROOT, "%.1f", ScoreCalculator.roundForDisplay(expected.debtIndex().getAsDouble()));

        assertThat(text(robot, "#scorecard-index")).isEqualTo(index);
        assertThat(text(robot, "#scorecard-grade")).isEqualTo(expected.grade().orElseThrow().label());
        assertThat(text(robot, "#scorecard-meaning")).contains(expected.grade().orElseThrow().meaning());
        assertThat(text(robot, "#scorecard-partial")).startsWith("Partial: 1 item unanswered");
        assertThat(text(robot, "#scorecard-answered")).isEqualTo("28");
        assertThat(text(robot, "#scorecard-not-applicable")).isEqualTo("1");
        assertThat(text(robot, "#scorecard-unanswered")).isEqualTo("1");
        assertThat(text(robot, "#scorecard-rule")).startsWith("Weighted mean");
        assertThat(text(robot, "#scorecard-status")).isEqualTo("Final");
        assertThat(text(robot, "#scorecard-subtitle")).startsWith("Search ranking \u00b7 2026-Q4");
        for (var category : rubric.categories()) {
            assertThat(robot.lookup("#scorecard-maturity-" + category.id()).tryQuery()).isPresent();
        }
        assertThat(robot.lookup("#scorecard-weakest-items .scorecard-row").queryAll()).hasSize(5);
        assertThat(robot.lookup("#scorecard-weakest-categories .scorecard-row").queryAll()).hasSize(3);
        assertThat(robot.lookup("#scorecard-actions .scorecard-row").queryAll()).hasSize(2);
        assertThat(shown(robot, "#scorecard-reopen")).isTrue();
        assertThat(shown(robot, "#scorecard-edit")).isFalse();
        robot.interact(() -> Screenshots.save(scene, "scorecard"));
        robot.interact(() -> robot.lookup("#scorecard-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.interact(() -> Screenshots.save(scene, "scorecard-bottom"));
    }

    /** As in the window: the data arrives after the page is on screen, and the subtitle still names the team. */
    @Test
    void theSubtitleNamesTheTeamWhenTheDataArrivesLater(FxRobot robot) {
        io.debtmeter.ui.task.QueuedTaskExecutor later = new io.debtmeter.ui.task.QueuedTaskExecutor();
        robot.interact(() -> scene.setRoot(new ScorecardView(new ScorecardViewModel(data.store, later, new ScoreCalculator(),
                q4.id()), new Texts(Locale.ENGLISH), closed::incrementAndGet, reopened::set)));
        robot.interact(later::runAll);

        String subtitle = text(robot, "#scorecard-subtitle");
        assertThat(subtitle).startsWith("Search ranking \u00b7 2026-Q4 \u00b7 ");
        assertThat(subtitle).doesNotStartWith("\u00b7").doesNotStartWith(" ");
    }

    @Test
    void reopenMakesTheAssessmentADraftAndHandsOverToTheWizard(FxRobot robot) {
        robot.clickOn("#scorecard-reopen");

        assertThat(reopened.get()).isEqualTo(q4.id());
        assertThat(data.store.assessment(q4.id()).orElseThrow().isFinal()).isFalse();
        assertThat(text(robot, "#scorecard-status")).isEqualTo("Draft");
    }

    @Test
    void aDraftOffersEditAnswersInstead(FxRobot robot) {
        data.store.reopen(q4.id());
        robot.interact(() -> scene.setRoot(scorecardFor(q4.id())));

        assertThat(shown(robot, "#scorecard-reopen")).isFalse();
        robot.clickOn("#scorecard-edit");

        assertThat(reopened.get()).isEqualTo(q4.id());
    }

    @Test
    void anEmptyAssessmentShowsNoNumberRatherThanAnInventedOne(FxRobot robot) {
        Assessment empty = data.assessment(rubric, WizardTestData.Q4_DATE.plusDays(1), "2026-Q4b", Optional.empty());
        robot.interact(() -> scene.setRoot(scorecardFor(empty.id())));

        assertThat(text(robot, "#scorecard-index")).isEqualTo("\u2014");
        assertThat(text(robot, "#scorecard-grade")).isEqualTo("\u2014");
        assertThat(text(robot, "#scorecard-partial")).startsWith("Partial: 30 items unanswered");
        robot.interact(() -> Screenshots.save(scene, "scorecard-empty"));
    }

    @Test
    void backLeavesTheScorecard(FxRobot robot) {
        robot.clickOn("#scorecard-back");

        assertThat(closed).hasValue(1);
    }
}
