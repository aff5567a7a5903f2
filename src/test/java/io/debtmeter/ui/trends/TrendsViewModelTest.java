package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.HeatMapCell;
import io.debtmeter.core.analysis.trends.TeamTrend;
import io.debtmeter.core.analysis.trends.TrendPoint;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The view model on a real SQLite file, without JavaFX controls; numbers as worked out in {@link TrendsTestData}. */
class TrendsViewModelTest {

    @TempDir
    Path tempDir;

    private TrendsTestData data;

    @BeforeEach
    void createTeam() {
        data = new TrendsTestData(tempDir);
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    private TrendsViewModel viewModel(UUID teamId) {
        return new TrendsViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), teamId);
    }

    @Test
    void loadsTheTeamsPointsOldestFirstWithHandComputedIndices() {
        TrendsViewModel viewModel = viewModel(data.team.id());
        TeamTrend trend = viewModel.trendProperty().get();

        assertThat(viewModel.teamNameProperty().get()).isEqualTo("Search ranking");
        assertThat(trend.points()).extracting(TrendPoint::assessmentId)
                .containsExactly(data.q1.id(), data.q2.id(), data.q3.id(), data.q4.id());
        assertThat(trend.points().get(0).debtIndex().getAsDouble()).isCloseTo(68.75, within(1e-9));
        assertThat(trend.points().get(1).debtIndex().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(trend.points().get(2).debtIndex().getAsDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(trend.points().get(3).debtIndex().getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(trend.points()).extracting(p -> p.grade().orElseThrow()).containsExactly("D", "C", "B", "B");
        // ops exists only in version 2 and is unscored in Q3: one point, in Q4 (debt 100 - 25 = 75)
        assertThat(trend.points()).extracting(p -> p.categoryDebt("ops").isPresent()).containsExactly(false, false, false, true);
        assertThat(trend.points().get(3).categoryDebt("ops").getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(viewModel.loadErrorProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void theHeatMapKeepsTheRetiredItemAndItsNote() {
        TeamTrend trend = viewModel(data.team.id()).trendProperty().get();

        var data = trend.heatMap().groups().get(0);
        assertThat(data.rows()).extracting(r -> r.itemId()).containsExactly("data-versioning", "data-lineage");
        assertThat(data.rows().get(1).retired()).isTrue();
        HeatMapCell lineageQ2 = data.rows().get(1).cells().get(1);
        assertThat(lineageQ2.state()).isEqualTo(HeatMapCell.State.NOT_APPLICABLE);
        assertThat(lineageQ2.note()).isEqualTo(TrendsTestData.LINEAGE_NOTE);
        assertThat(data.rows().get(1).cells().get(2).state()).isEqualTo(HeatMapCell.State.NOT_IN_RUBRIC);
    }

    @Test
    void everyLineStartsShownAndRemembersItsToggleAcrossReloads() {
        TrendsViewModel viewModel = viewModel(data.team.id());

        assertThat(viewModel.overallShownProperty().get()).isTrue();
        assertThat(viewModel.categoryShownProperty("data").get()).isTrue();
        viewModel.categoryShownProperty("data").set(false);
        viewModel.load();

        assertThat(viewModel.categoryShownProperty("data").get()).isFalse();
        assertThat(viewModel.categoryShownProperty("model").get()).isTrue();
    }

    @Test
    void readsOnTheExecutorNotOnTheCallingThread() {
        HeldExecutor executor = new HeldExecutor();
        TrendsViewModel viewModel = new TrendsViewModel(data.store, executor, new ScoreCalculator(), data.team.id());

        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.trendProperty().get()).isNull();
        executor.runHeld();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.trendProperty().get().points()).hasSize(4);
    }

    @Test
    void aTeamWithoutAssessmentsGetsAnEmptyTrend() {
        var newTeam = data.store.createTeam("New team");

        TrendsViewModel viewModel = viewModel(newTeam.id());

        assertThat(viewModel.trendProperty().get().isEmpty()).isTrue();
        assertThat(viewModel.teamNameProperty().get()).isEqualTo("New team");
    }

    @Test
    void aTeamThatNoLongerExistsIsReportedNotShownEmpty() {
        TrendsViewModel viewModel = viewModel(UUID.randomUUID());

        assertThat(viewModel.trendProperty().get()).isNull();
        assertThat(viewModel.loadErrorProperty().get()).isEqualTo("The team no longer exists.");
    }

    /** Holds work until the test runs it, as the worker thread would later. */
    private static final class HeldExecutor implements TaskExecutor {

        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> new io.debtmeter.ui.task.DirectTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void runHeld() {
            held.forEach(Runnable::run);
            held.clear();
        }

        @Override
        public void shutdown() {
            held.clear();
        }
    }
}
