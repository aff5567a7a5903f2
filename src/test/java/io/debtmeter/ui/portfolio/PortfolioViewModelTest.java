package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.Direction;
import io.debtmeter.core.analysis.portfolio.Freshness;
import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.model.Team;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static io.debtmeter.ui.portfolio.PortfolioTestData.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio's state without a window: loading, the filter and the chart's cut. */
class PortfolioViewModelTest {

    @TempDir
    Path tempDir;

    private PortfolioTestData data;

    @BeforeEach
    void open() {
        data = PortfolioTestData.open(tempDir);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private PortfolioViewModel viewModel() {
        return new PortfolioViewModel(data.store, new DirectTaskExecutor(), CLOCK);
    }

    /** For the tests of frames: work and frames wait in {@link #held} until the test runs them. */
    private final HeldTaskExecutor held = new HeldTaskExecutor();

    /** The six teams of {@link PortfolioTestData#sixTeamsFromMostDebtToNone()}, loaded through {@link #held}. */
    private PortfolioViewModel sixTeamsThroughHeldTasks() {
        data.sixTeamsFromMostDebtToNone();
        return new PortfolioViewModel(data.store, held, CLOCK);
    }

    @Test
    void loadsEveryTeamMostDebtFirstAsOfTheClocksDay() {
        Team search = data.store.createTeam("Search ranking");
        data.assessed(search, data.technicalDebt, LocalDate.of(2026, 7, 1), 1);  // 100 - 25 * 1 = 75.0
        data.assessed(search, data.technicalDebt, LocalDate.of(2026, 10, 1), 2); // 100 - 25 * 2 = 50.0
        Team fraud = data.store.createTeam("Fraud detection");
        data.assessed(fraud, data.technicalDebt, LocalDate.of(2026, 5, 1), 0);   // 100.0
        data.store.createTeam("Recommendations");

        PortfolioViewModel viewModel = viewModel();

        assertThat(viewModel.portfolioProperty().get().asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName)
                .containsExactly("Fraud detection", "Search ranking", "Recommendations");
        PortfolioRow searchRow = viewModel.rows().get(1);
        // 50.0 - 75.0 = -25.0
        assertThat(searchRow.change().delta()).hasValue(-25.0);
        assertThat(searchRow.change().direction()).isEqualTo(Direction.IMPROVED);
        // 2026-05-01 -> 2026-11-30: 31 + 30 + 31 + 31 + 30 + 31 (to 11-01) + 29 = 213 days
        assertThat(viewModel.rows().get(0).daysSinceLast()).hasValue(213);
        assertThat(viewModel.rows().get(0).freshness()).isEqualTo(Freshness.STALE);
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.loadErrorProperty().get()).isEmpty();
    }

    @Test
    void theFilterKeepsTeamsWhoseNameContainsTheTextIgnoringCaseAndSpaces() {
        data.store.createTeam("Search ranking");
        data.store.createTeam("Fraud detection");
        data.store.createTeam("Ads platform");
        PortfolioViewModel viewModel = viewModel();

        viewModel.filterProperty().set("  RANK ");

        assertThat(viewModel.filteredRows()).extracting(PortfolioRow::teamName).containsExactly("Search ranking");
        viewModel.filterProperty().set("");
        assertThat(viewModel.filteredRows()).hasSize(3);
    }

    @Test
    void theChartShowsTheTwentyFiveWithMostDebtOfTheFilteredTeamsWithAScore() {
        // 30 teams "Team 01".."Team 30" on a level cycling 0..4: debt 100, 75, 50, 25, 0, 100, ...
        for (int i = 1; i <= 30; i++) {
            Team team = data.store.createTeam(String.format("Team %02d", i));
            data.assessed(team, data.technicalDebt, LocalDate.of(2026, 10, 1), (i - 1) % 5);
        }
        data.store.createTeam("Never assessed");
        PortfolioViewModel viewModel = viewModel();

        ChartBars chart = viewModel.chartProperty().get();
        assertThat(chart.bars()).hasSize(PortfolioViewModel.CHART_LIMIT);
        assertThat(chart.candidates()).isEqualTo(30);
        assertThat(chart.isCut()).isTrue();
        // six teams at each of 100, 75, 50, 25 and 0: 4 * 6 = 24 bars, then the first 0.0 team by name
        // (Team 05) makes 25; Team 10, 15, 20, 25 and 30 are left out
        assertThat(chart.bars().get(0).debtIndex()).hasValue(100.0);
        assertThat(chart.bars().get(23).debtIndex()).hasValue(25.0);
        assertThat(chart.bars().get(24).teamName()).isEqualTo("Team 05");
        assertThat(chart.bars()).filteredOn(row -> row.debtIndex().getAsDouble() == 0.0).hasSize(1);

        viewModel.filterProperty().set("Team 0");

        // Team 01..09: levels 0,1,2,3,4,0,1,2,3 -> all nine fit
        assertThat(viewModel.chartProperty().get().bars()).hasSize(9);
        assertThat(viewModel.chartProperty().get().isCut()).isFalse();

        viewModel.filterProperty().set("");

        assertThat(viewModel.chartProperty().get()).isEqualTo(chart);
    }

    @Test
    void nothingIsReadOnTheCallingThreadAndAFailureIsReported() {
        HeldTaskExecutor queued = new HeldTaskExecutor();
        data.store.createTeam("Search ranking");
        PortfolioViewModel viewModel = new PortfolioViewModel(data.store, queued, CLOCK);

        assertThat(viewModel.loadingProperty().get()).isTrue();
        assertThat(viewModel.rows()).isEmpty();
        data.store.close();
        queued.runAll();

        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.loadErrorProperty().get()).isNotEmpty();
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void aLoadShowsTheTopRowsFirstThenTheRestThenTheChartEachInAFrameOfItsOwn() {
        PortfolioViewModel viewModel = sixTeamsThroughHeldTasks();

        held.runAll();

        // Frame 1: the four with most debt (FIRST_FRAME_ROWS) and the summary; still loading.
        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName).containsExactly("Ranking", "Fraud", "Churn", "Search");
        assertThat(viewModel.portfolioProperty().get().rows()).hasSize(6);
        assertThat(viewModel.chartProperty().get().bars()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isTrue();

        held.nextFrame();

        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName)
                .containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads", "Maps");
        assertThat(viewModel.chartProperty().get().bars()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isTrue();

        held.nextFrame();

        // Maps has no score, so it has no bar.
        assertThat(viewModel.chartProperty().get().bars()).extracting(PortfolioRow::teamName)
                .containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads");
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(held.framesLeft()).isZero();
    }

    @Test
    void theFirstFrameShowsTheTopOfTheTablesOwnOrder() {
        PortfolioViewModel viewModel = sixTeamsThroughHeldTasks();
        viewModel.setDisplayOrder(() -> java.util.Comparator.comparing(PortfolioRow::teamName));

        held.runAll();

        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName).containsExactly("Ads", "Churn", "Fraud", "Maps");
        held.nextFrame();
        held.nextFrame();
        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName)
                .containsExactly("Ads", "Churn", "Fraud", "Maps", "Ranking", "Search");
    }

    @Test
    void aLoadStartedWhileAnotherIsStillShowingItsRowsReplacesItWithoutMixingThem() {
        PortfolioViewModel viewModel = sixTeamsThroughHeldTasks();
        held.runAll();                       // the first load's first frame; two frames still held
        data.store.createTeam("Vision");     // never assessed, so it sorts after Maps by name

        viewModel.load();
        held.runAll();                       // the second load's first frame
        held.drawAllFrames();                // the first load's two frames do nothing, then the second's

        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName)
                .containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads", "Maps", "Vision");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void aRefreshReplacesEveryRowInItsFirstFrameSoTheTableKeepsItsPlace() {
        PortfolioViewModel viewModel = sixTeamsThroughHeldTasks();
        held.runAll();
        held.drawAllFrames();                // the first load, shown in full
        data.store.createTeam("Vision");

        viewModel.load();
        held.runAll();                       // the refresh's first frame

        // Not four rows first: the table would jump back to its top.
        assertThat(viewModel.rows()).extracting(PortfolioRow::teamName)
                .containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads", "Maps", "Vision");
        assertThat(viewModel.portfolioProperty().get().rows()).hasSize(7);
        assertThat(viewModel.loadingProperty().get()).isTrue();

        held.nextFrame();

        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.chartProperty().get().bars()).hasSize(5);
        assertThat(held.framesLeft()).isZero();
    }

    /** Holds work until the test runs it, as the background thread would later, and frames until it draws them. */
    private static final class HeldTaskExecutor implements TaskExecutor {

        private final List<Runnable> held = new ArrayList<>();
        private final java.util.ArrayDeque<Runnable> frames = new java.util.ArrayDeque<>();

        @Override
        public void inFrames(List<Runnable> steps) {
            steps.get(0).run();
            frames.addAll(steps.subList(1, steps.size()));
        }

        void nextFrame() {
            frames.removeFirst().run();
        }

        int framesLeft() {
            return frames.size();
        }

        void drawAllFrames() {
            while (!frames.isEmpty()) {
                nextFrame();
            }
        }

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> new io.debtmeter.ui.task.DirectTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
            held.clear();
        }
    }
}
