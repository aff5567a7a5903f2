package io.debtmeter.ui.trends;

import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.debtmeter.ui.trends.TrendsUiChecks.lineValues;
import static io.debtmeter.ui.trends.TrendsUiChecks.shownTooltip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A team looks at four quarters of its debt (numbers worked out in {@link TrendsTestData}): reads the
 * lines, switches one off and on, points at a point and a cell, and opens an assessment from each.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsUiTest {

    @TempDir
    Path tempDir;

    private TrendsTestData data;
    private Scene scene;
    private final AtomicReference<UUID> opened = new AtomicReference<>();
    private final AtomicInteger backs = new AtomicInteger();

    @Start
    void start(Stage stage) {
        data = new TrendsTestData(tempDir);
        scene = TestStages.showStyled(stage, viewOf(data.team.id()));
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private TrendsView viewOf(UUID teamId) {
        return TrendsViews.of(data.store, teamId, opened::set, backs::incrementAndGet);
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(FxRobot robot) {
        return robot.lookup("#trends-chart").queryAs(LineChart.class);
    }

    @Test
    void theOverallLineHasOnePointPerQuarterWithTheHandComputedIndex(FxRobot robot) {
        List<XYChart.Data<Number, Number>> overall = lineValues(chart(robot), LineStyle.overall());

        // 68.75, 50, 25, (100 + 75 + 25) / 3 -> 33.33: see TrendsTestData
        assertThat(overall).hasSize(4);
        assertThat(overall.get(0).getYValue().doubleValue()).isCloseTo(68.75, within(1e-9));
        assertThat(overall.get(1).getYValue().doubleValue()).isCloseTo(50.0, within(1e-9));
        assertThat(overall.get(2).getYValue().doubleValue()).isCloseTo(25.0, within(1e-9));
        assertThat(overall.get(3).getYValue().doubleValue()).isCloseTo(100.0 - 200.0 / 3, within(1e-9));
        assertThat(overall).extracting(d -> d.getXValue().longValue())
                .containsExactly(data.q1.date().toEpochDay(), data.q2.date().toEpochDay(),
                        data.q3.date().toEpochDay(), data.q4.date().toEpochDay());
        assertThat(robot.lookup("#trends-subtitle").queryAs(Label.class).getText())
                .isEqualTo("Search ranking \u00b7 4 assessments \u00b7 2026-Q1 to 2026-Q4");
        robot.interact(() -> Screenshots.save(scene, "trends"));
    }

    @Test
    void aCategoryMissingFromAnAssessmentHasAGapNotAZero(FxRobot robot) {
        // ops: not in version 1 (Q1, Q2), unscored in Q3, debt 75 in Q4
        assertThat(robot.lookup("#trends-point-category-ops-3").tryQuery()).isPresent();
        assertThat(robot.lookup("#trends-point-category-ops-2").tryQuery()).isEmpty();
        assertThat(robot.lookup("#trends-point-category-ops-0").tryQuery()).isEmpty();
        assertThat(lineValues(chart(robot), LineStyle.category(2))).extracting(d -> d.getYValue().doubleValue())
                .containsExactly(75.0);
        // data: 87.5, 50, 25, 0
        assertThat(lineValues(chart(robot), LineStyle.category(0))).extracting(d -> d.getYValue().doubleValue())
                .containsExactly(87.5, 50.0, 25.0, 0.0);
    }

    @Test
    void aCategoryLineCanBeSwitchedOffAndOnAgain(FxRobot robot) {
        Node point = robot.lookup("#trends-point-category-data-0").query();
        assertThat(point.isVisible()).isTrue();

        robot.clickOn("#trends-toggle-category-data");

        assertThat(point.isVisible()).isFalse();
        assertThat(TrendsUiChecks.paths(chart(robot), LineStyle.category(0))).allMatch(p -> !p.isVisible());
        assertThat(TrendsUiChecks.paths(chart(robot), LineStyle.category(1))).allMatch(Node::isVisible);
        robot.interact(() -> Screenshots.save(scene, "trends-data-off"));

        robot.clickOn("#trends-toggle-category-data");

        assertThat(point.isVisible()).isTrue();
        assertThat(TrendsUiChecks.paths(chart(robot), LineStyle.category(0))).allMatch(Node::isVisible);
    }

    @Test
    void pointingAtAPointShowsPeriodLineAndValue(FxRobot robot) {
        robot.moveTo("#trends-point-overall-0");

        assertThat(shownTooltip(robot)).contains("2026-Q1").contains("Overall debt index: 68.8 (grade D)");
        TrendsUiChecks.saveWithTooltip(robot, scene, "trends-point-tooltip");

        robot.moveTo("#trends-point-category-ops-3");

        assertThat(shownTooltip(robot)).contains("2026-Q4").contains("Operations: 75.0");
    }

    @Test
    void clickingAPointOpensThatAssessment(FxRobot robot) {
        robot.clickOn("#trends-point-overall-1");

        assertThat(opened.get()).isEqualTo(data.q2.id());
    }

    @Test
    void pointingAtAHeatMapCellShowsItsAnswerAndNote(FxRobot robot) {
        TrendsUiChecks.hoverCell(robot, "data-lineage", 1);

        assertThat(shownTooltip(robot)).contains("Track data lineage \u00b7 2026-Q2: not applicable")
                .contains("Note: " + TrendsTestData.LINEAGE_NOTE);
        assertThat(robot.lookup("#trends-heat-detail").queryAs(Label.class).getText()).contains(TrendsTestData.LINEAGE_NOTE);
        TrendsUiChecks.saveWithTooltip(robot, scene, "trends-cell-tooltip");

        TrendsUiChecks.hoverCell(robot, "ops-monitoring", 2);

        assertThat(shownTooltip(robot)).contains("Monitor live quality \u00b7 2026-Q3: unanswered")
                .contains(TrendsTestData.MONITORING_NOTE);

        TrendsUiChecks.hoverCell(robot, "data-versioning", 3);

        assertThat(shownTooltip(robot)).isEqualTo("Version the training data \u00b7 2026-Q4: level 4, Optimised");
    }

    @Test
    void theArrowKeysWalkTheCellsAndEnterOpensTheAssessment(FxRobot robot) {
        robot.clickOn(TrendsUiChecks.cellCentre(robot, "data-versioning", 3));
        robot.moveTo("#trends-back");     // pointer away: the text follows the keyboard now
        Label detail = robot.lookup("#trends-heat-detail").queryAs(Label.class);
        assertThat(detail.getText()).startsWith("Version the training data \u00b7 2026-Q4");

        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertThat(detail.getText()).startsWith("Version the training data \u00b7 2026-Q3: level 3");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(detail.getText()).startsWith("Track data lineage \u00b7 2026-Q3: not in rubric version 2");
        robot.type(javafx.scene.input.KeyCode.DOWN);   // steps over the "Model" title row
        assertThat(detail.getText()).startsWith("Test the model \u00b7 2026-Q3: level 3");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(opened.get()).isEqualTo(data.q3.id());
    }

    @Test
    void aPeriodAboveTheHeatMapOpensItsAssessment(FxRobot robot) {
        robot.clickOn("#trends-heat-column-3");

        assertThat(opened.get()).isEqualTo(data.q4.id());
    }

    @Test
    void nothingIsCutOrOverlappingAt1280x800InLightAndDark(FxRobot robot) {
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(TestStages::darkTheme);
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(() -> Screenshots.save(scene, "trends-dark"));
    }

    @Test
    void aTeamWithoutAssessmentsSaysSo(FxRobot robot) {
        var newTeam = data.store.createTeam("New team");
        robot.interact(() -> scene.setRoot(viewOf(newTeam.id())));

        assertThat(robot.lookup("#trends-empty").queryAs(Label.class).getText()).startsWith("No assessments yet.");
        assertThat(robot.lookup("#trends-chart").tryQuery()).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "trends-empty"));
    }

    @Test
    void backLeavesTheView(FxRobot robot) {
        robot.clickOn("#trends-back");

        assertThat(backs).hasValue(1);
    }

    /** Used by the checks: where a cell of the heat map is on screen, found by its row title and its period. */
    static Point2D centreOf(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }
}
