package io.debtmeter.ui.trends;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The trends of the shipped sample team, and of a team with forty quarters across two rubric versions. */
@ExtendWith(ApplicationExtension.class)
class TrendsSampleUiTest {

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private Rubric rubric;
    private Scene scene;
    private final AtomicReference<UUID> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        data = WizardTestData.open(tempDir);
        rubric = data.mlTechnicalDebt();
        scene = TestStages.showStyled(stage, new Region());
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private TrendsView viewOf(UUID teamId) {
        return TrendsViews.of(data.store, teamId, opened::set, () -> { });
    }

    @Test
    void theSampleTeamsFourQuartersMatchAHandRolledScoreOfItsStoredAnswers(FxRobot robot) {
        Team sample = data.loadSampleTeam();
        robot.interact(() -> scene.setRoot(viewOf(sample.id())));

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#trends-chart").queryAs(LineChart.class);
        List<XYChart.Data<Number, Number>> overall = TrendsUiChecks.lineValues(chart, LineStyle.overall());
        List<Assessment> quarters = new ArrayList<>(data.store.assessments(sample.id()));
        Collections.reverse(quarters);
        assertThat(overall).hasSize(4);
        for (int q = 0; q < 4; q++) {
            assertThat(overall.get(q).getYValue().doubleValue()).as("debt index of quarter %d", q)
                    .isCloseTo(handRolledDebtIndex(data.store.responses(quarters.get(q).id())), within(1e-9));
        }
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(() -> Screenshots.save(scene, "trends-sample"));

        // The sample team retired its Scala job in the last quarter and said so in a note.
        TrendsUiChecks.hoverCell(robot, "multi-language-endpoints", 3);
        assertThat(TrendsUiChecks.shownTooltip(robot)).contains("2026-Q4: not applicable")
                .contains("We retired the last Scala job");
        TrendsUiChecks.saveWithTooltip(robot, scene, "trends-sample-note");

        robot.interact(TestStages::darkTheme);
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(() -> Screenshots.save(scene, "trends-sample-dark"));
    }

    /**
     * The default rubric's rule, written out independently of ScoreCalculator: every weight is 1, so a
     * category's maturity is 100 * the mean of level / 4 over its answered items (N/A left out), the
     * overall maturity the mean of the scored categories, and the debt index 100 minus that.
     */
    private double handRolledDebtIndex(Map<String, ItemResponse> responses) {
        assertThat(rubric.scale().min()).isZero();
        assertThat(rubric.scale().max()).isEqualTo(4.0);
        assertThat(rubric.categories()).allMatch(c -> c.weight() == 1.0);
        assertThat(rubric.items()).allMatch(i -> i.weight() == 1.0);
        double maturitySum = 0;
        int scoredCategories = 0;
        for (Category category : rubric.categories()) {
            double sum = 0;
            int scored = 0;
            for (Item item : rubric.itemsOf(category.id())) {
                Answer answer = responses.containsKey(item.id()) ? responses.get(item.id()).answer().orElse(null) : null;
                if (answer instanceof Answer.Level level) {
                    sum += level.value() / 4;
                    scored++;
                } else if (answer instanceof Answer.Choice choice) {
                    sum += item.option(choice.optionId()).orElseThrow().score() / 4;
                    scored++;
                }
            }
            if (scored > 0) {
                maturitySum += 100 * sum / scored;
                scoredCategories++;
            }
        }
        return 100 - maturitySum / scoredCategories;
    }

    @Test
    void fortyQuartersStayLegibleAndQuickToOpen(FxRobot robot) {
        Team team = FortyQuarters.create(data.store, rubric);

        for (int run = 1; run <= 2; run++) {
            Timing read = new Timing();
            AtomicReference<TrendsViewModel> viewModel = new AtomicReference<>();
            robot.interact(() -> read.measure(() -> viewModel.set(new TrendsViewModel(data.store,
                    new DirectTaskExecutor(), new ScoreCalculator(), team.id()))));
            Timing page = new Timing();
            robot.interact(() -> page.measure(() -> {
                TrendsView view = new TrendsView(viewModel.get(), new Texts(Locale.ENGLISH), opened::set, () -> { });
                scene.setRoot(view);
                view.applyCss();
                view.layout();
            }));
            // The view builds the chart and the heat map in the two pulses after; this repeats their work.
            javafx.scene.control.SplitPane split = robot.lookup("#trends-split").queryAs(javafx.scene.control.SplitPane.class);
            TrendTexts words = new TrendTexts(new Texts(Locale.ENGLISH));
            Timing chart = new Timing();
            robot.interact(() -> chart.measure(() -> {
                TrendChartPanel panel = new TrendChartPanel(viewModel.get(), words, new HoverTip(), opened::set);
                panel.show(viewModel.get().trendProperty().get());
                split.getItems().set(0, panel);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }));
            Timing heatMap = new Timing();
            robot.interact(() -> heatMap.measure(() -> {
                split.getItems().set(1, new HeatMapPanel(viewModel.get().trendProperty().get().heatMap(), words,
                        new HoverTip(), opened::set));
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }));
            // Reported, not asserted: timings on a shared build machine are no pass/fail matter.
            System.out.printf("TRENDS 40 assessments x 30 items, open %d: read+score %s; page pulse %s; chart pulse %s;"
                    + " heat-map pulse %s%n", run, read, page, chart, heatMap);
        }

        assertThat(robot.lookup((javafx.scene.Node n) -> n.getId() != null && n.getId().startsWith("trends-point-overall-"))
                .queryAll()).hasSize(40);
        assertThat(robot.lookup("#trends-heat-column-39").tryQuery()).isPresent();
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(() -> Screenshots.save(scene, "trends-forty"));
        TrendsUiChecks.hoverCell(robot, "feature-store-versioning", 39);
        assertThat(TrendsUiChecks.shownTooltip(robot)).startsWith("Version the feature store \u00b7 2026-Q4");
        TrendsUiChecks.saveWithTooltip(robot, scene, "trends-forty-hover");

        robot.interact(TestStages::darkTheme);
        TrendsUiChecks.assertLegible(robot, scene);
        robot.interact(() -> Screenshots.save(scene, "trends-forty-dark"));
    }

    /** Wall-clock and FX-thread CPU time of one step: CPU time is what the step costs when the machine is busy. */
    private static final class Timing {
        private long wallMillis;
        private long cpuMillis;

        void measure(Runnable step) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            step.run();
            cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            wallMillis = (System.nanoTime() - wall) / 1_000_000;
        }

        @Override
        public String toString() {
            return wallMillis + " ms wall, " + cpuMillis + " ms cpu";
        }
    }
}
