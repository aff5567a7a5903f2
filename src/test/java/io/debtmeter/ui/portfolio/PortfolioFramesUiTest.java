package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.task.FramesHeldExecutor;
import io.debtmeter.ui.task.FxTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static io.debtmeter.ui.portfolio.PortfolioTestData.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio on the app's real executor, where a load reaches the screen over three frames (the
 * top rows, the rest, the chart): what the user ends up with is the whole, in the table's order.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioFramesUiTest {

    @TempDir
    Path tempDir;

    private PortfolioTestData data;
    private FxTaskExecutor executor;
    private PortfolioViewModel viewModel;

    @Start
    void start(Stage stage) {
        data = PortfolioTestData.open(tempDir);
        data.sixTeamsFromMostDebtToNone();   // 100, 75, 50, 25, 0 and never assessed
        executor = new FxTaskExecutor();
        viewModel = new PortfolioViewModel(data.store, executor, CLOCK);
        // With the app's stylesheet, as in the window: the colours the portfolio's sheet looks up live there.
        stage.setScene(DebtmeterApp.styledScene(new PortfolioView(viewModel, new Texts(Locale.ENGLISH), id -> { })));
        TestStages.show(stage);
    }

    @AfterEach
    void close() {
        executor.shutdown();
        data.close();
    }

    private void waitForTheLoad() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNames(FxRobot robot) {
        return robot.lookup("#portfolio-table").queryAs(TableView.class).getItems().stream()
                .map(row -> ((PortfolioRow) row).teamName()).toList();
    }

    @Test
    void everyTeamEndsUpInTheTableMostDebtFirstWithTheCountAndTheChart(FxRobot robot) throws Exception {
        waitForTheLoad();

        assertThat(shownNames(robot)).containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads", "Maps");
        assertThat(robot.lookup("#portfolio-filter-count").queryAs(Label.class).getText()).isEqualTo("Showing 6 of 6 teams");
        // Maps has no score, so no bar
        assertThat(robot.lookup("#portfolio-chart-bars .chart-row").queryAll()).hasSize(5);
        robot.interact(() -> Screenshots.save(robot.lookup("#portfolio").query().getScene(), "portfolio-after-frames"));
    }

    @Test
    void aRefreshAfterSortingByNameEndsInThatOrderWithNothingTwice(FxRobot robot) throws Exception {
        waitForTheLoad();
        robot.clickOn("Team");          // the team column's header: A to Z
        data.store.createTeam("Bidding");
        Label teamsBefore = robot.lookup("#portfolio-summary-teams").queryAs(Label.class);

        robot.clickOn("#portfolio-refresh");
        waitForTheLoad();

        assertThat(shownNames(robot)).containsExactly("Ads", "Bidding", "Churn", "Fraud", "Maps", "Ranking", "Search");
        assertThat(robot.lookup("#portfolio-filter-count").queryAs(Label.class).getText()).isEqualTo("Showing 7 of 7 teams");
        // The summary's tiles are kept and given new words, not built again in the rows' frame.
        Label teamsAfter = robot.lookup("#portfolio-summary-teams").queryAs(Label.class);
        assertThat(teamsAfter).isSameAs(teamsBefore);
        assertThat(teamsAfter.getText()).isEqualTo("7");
    }

    @Test
    void beforeTheFirstLoadArrivesTheSummaryShowsItsFiveTilesWithDashes(FxRobot robot) {
        TaskExecutor neverFinishes = new TaskExecutor() {
            @Override
            public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                    java.util.function.Consumer<Throwable> onFailure) {
                // the read never comes back: what the screen shows while it is on its way
            }

            @Override
            public void shutdown() {
            }
        };
        PortfolioViewModel waiting = new PortfolioViewModel(data.store, neverFinishes, CLOCK);
        robot.interact(() -> {
            javafx.stage.Window window = robot.lookup("#portfolio").query().getScene().getWindow();
            ((Stage) window).setScene(DebtmeterApp.styledScene(new PortfolioView(waiting, new Texts(Locale.ENGLISH), id -> { })));
        });
        robot.interact(() -> Screenshots.save(robot.lookup("#portfolio").query().getScene(), "portfolio-before-data"));

        for (String tile : List.of("teams", "median", "improved", "regressed", "stale")) {
            assertThat(robot.lookup("#portfolio-summary-" + tile).queryAs(Label.class).getText()).as(tile).isEqualTo("\u2014");
        }
        assertThat(robot.lookup("#portfolio-chart-note").queryAs(Label.class).getText())
                .isEqualTo("Reading every team's latest assessment\u2026");
        double stripBefore = robot.lookup("#portfolio-summary").query().getLayoutBounds().getHeight();
        robot.interact(() -> {
            Stage window = (Stage) robot.lookup("#portfolio").query().getScene().getWindow();
            window.setScene(DebtmeterApp.styledScene(new PortfolioView(viewModel, new Texts(Locale.ENGLISH), id -> { })));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // With the numbers in, the strip is no taller: the table below did not move.
        assertThat(robot.lookup("#portfolio-summary-teams").queryAs(Label.class).getText()).isEqualTo("6");
        assertThat(robot.lookup("#portfolio-summary").query().getLayoutBounds().getHeight()).isEqualTo(stripBefore);
    }

    @Test
    void betweenItsFramesTheScreenShowsTheTopRowsAndSaysTheChartIsStillReading(FxRobot robot) {
        FramesHeldExecutor frames = new FramesHeldExecutor();
        PortfolioViewModel held = new PortfolioViewModel(data.store, frames, CLOCK);
        robot.interact(() -> {
            // The app's own theme and stylesheet, so the screenshots look as in the window.
            javafx.stage.Window window = robot.lookup("#portfolio").query().getScene().getWindow();
            ((Stage) window).setScene(DebtmeterApp.styledScene(new PortfolioView(held, new Texts(Locale.ENGLISH), id -> { })));
        });
        robot.interact(() -> Screenshots.save(robot.lookup("#portfolio").query().getScene(), "portfolio-first-frame-light"));
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(robot.lookup("#portfolio").query().getScene(), "portfolio-first-frame-dark"));
        robot.interact(TestStages::lightTheme);

        assertThat(shownNames(robot)).containsExactly("Ranking", "Fraud", "Churn", "Search");
        assertThat(robot.lookup("#portfolio-chart-note").queryAs(Label.class).getText())
                .isEqualTo("Reading every team's latest assessment\u2026");
        assertThat(robot.lookup("#portfolio-summary-teams").queryAs(Label.class).getText()).isEqualTo("6");

        robot.interact(frames::next);
        robot.interact(frames::next);

        assertThat(shownNames(robot)).containsExactly("Ranking", "Fraud", "Churn", "Search", "Ads", "Maps");
        assertThat(robot.lookup("#portfolio-chart-note").queryAs(Label.class).getText()).isEqualTo("All 5 teams with a score");
        assertThat(robot.lookup("#portfolio-filter-count").queryAs(Label.class).getText()).isEqualTo("Showing 6 of 6 teams");
    }
}
