package io.debtmeter.ui.portfolio;

import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static io.debtmeter.ui.portfolio.PortfolioTestData.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bigger organisation: 60 teams, 48 on a compact six-practice rubric with two assessments each,
 * 8 on the ML Test Score (six bands with long names), 4 never assessed. The chart must stay readable
 * (25 bars and a note) and the table virtualised, in light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioManyTeamsUiTest {

    private static final List<String> AREAS = List.of("Search", "Ads", "Fraud", "Payments", "Maps", "Voice",
            "Vision", "Pricing", "Supply chain", "Support", "Growth", "Risk");
    private static final List<String> FUNCTIONS = List.of("ranking", "forecasting", "detection", "recommendations", "platform");

    @TempDir
    Path tempDir;

    private PortfolioTestData data;
    private Scene scene;

    @Start
    void start(Stage stage) {
        data = PortfolioTestData.open(tempDir);
        Rubric compact = compactRubric();
        Random random = new Random(42);
        int made = 0;
        for (String area : AREAS) {
            for (String function : FUNCTIONS) {
                String name = made == 7 ? "Payments risk scoring and anomaly detection for card-not-present fraud"
                        : area + " " + function;
                Team team = data.store.createTeam(name);
                if (made < 48) {
                    // each team has its own typical level; its items scatter one level around it
                    int typical = random.nextInt(5);
                    LocalDate latest = todayMinus(random.nextInt(200));
                    data.assessed(team, compact, latest.minusDays(91), item -> around(typical, random));
                    data.assessed(team, compact, latest, item -> around(typical, random));
                } else if (made < 56) {
                    data.assessed(team, data.testScore, todayMinus(random.nextInt(150)), (made % 3) * 0.5);
                }
                made++;
            }
        }

        PortfolioViewModel viewModel = new PortfolioViewModel(data.store, new DirectTaskExecutor(), CLOCK);
        // A 1280 x 800 window less the app's header (about 56 px): the room the portfolio really has.
        scene = TestStages.showStyled(stage, new PortfolioView(viewModel, new Texts(Locale.ENGLISH), id -> { }), 1280, 744);
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private static double around(int typical, Random random) {
        return Math.max(0, Math.min(4, typical + random.nextInt(3) - 1));
    }

    private static LocalDate todayMinus(int days) {
        return PortfolioTestData.TODAY.minusDays(days);
    }

    /** Six practices on 0..4 in one category, the default bands A..E: fast to fill for 48 teams. */
    private static Rubric compactRubric() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append(i > 1 ? "," : "").append("""
                    {"id": "p%d", "category": "all", "kind": "practice", "title": "P%d", "question": "Q?", "why": "W",
                     "levels": [{"value": 0, "descriptor": "d"}, {"value": 1, "descriptor": "d"}, {"value": 2, "descriptor": "d"},
                                {"value": 3, "descriptor": "d"}, {"value": 4, "descriptor": "d"}]}""".formatted(i, i));
        }
        String json = """
                {"id": "compact", "version": "1.0", "title": "Compact",
                 "scale": {"levels": [{"value": 0, "label": "L0"}, {"value": 1, "label": "L1"}, {"value": 2, "label": "L2"},
                                      {"value": 3, "label": "L3"}, {"value": 4, "label": "L4"}]},
                 "aggregation": {"rule": "weighted-mean"},
                 "gradeBands": [{"label": "A", "min": 0, "max": 20, "meaning": "little"}, {"label": "B", "min": 20, "max": 40, "meaning": "low"},
                                {"label": "C", "min": 40, "max": 60, "meaning": "moderate"}, {"label": "D", "min": 60, "max": 80, "meaning": "high"},
                                {"label": "E", "min": 80, "max": 100, "meaning": "most"}],
                 "categories": [{"id": "all", "title": "All", "weight": 1}],
                 "items": [%s]}
                """.formatted(items);
        try {
            return new RubricLoader().parse("compact", json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On the app's real executor, where a load reaches the table over several frames: a refresh
     * must not take the user back to the top of 60 teams, nor lose the team they had selected.
     */
    @Test
    void refreshKeepsTheScrollPositionAndTheSelectedTeam(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            PortfolioViewModel viewModel = new PortfolioViewModel(data.store, executor, CLOCK);
            robot.interact(() -> scene.setRoot(new PortfolioView(viewModel, new Texts(Locale.ENGLISH), id -> { })));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.loadingProperty().get());
            TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
            robot.interact(() -> {
                table.scrollTo(40);
                table.getSelectionModel().select(45);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String selectedTeam = ((io.debtmeter.core.analysis.portfolio.PortfolioRow) table.getSelectionModel().getSelectedItem()).teamName();
            int firstShown = firstVisibleRow(table);
            assertThat(firstShown).isGreaterThan(30);

            // Meanwhile a new team with all the debt there is: it comes among the first, and the rows below it
            // move down one. And the selected team is assessed again, so its row is a new one.
            data.assessed(data.store.createTeam("Zero-shot labelling"), compactRubric(), todayMinus(1), item -> 0.0);
            Team selected = data.store.teams().stream().filter(team -> team.name().equals(selectedTeam)).findFirst().orElseThrow();
            data.assessed(selected, compactRubric(), todayMinus(0), item -> 2.0);
            robot.clickOn("#portfolio-refresh");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.loadingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(table.getItems()).hasSize(61);
            assertThat(table.getItems().stream().limit(10)
                    .map(row -> ((io.debtmeter.core.analysis.portfolio.PortfolioRow) row).teamName()))
                    .contains("Zero-shot labelling");
            assertThat(firstVisibleRow(table)).isEqualTo(firstShown);
            assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
            assertThat(((io.debtmeter.core.analysis.portfolio.PortfolioRow) table.getSelectionModel().getSelectedItem()).teamName())
                    .isEqualTo(selectedTeam);
        } finally {
            executor.shutdown();
        }
    }

    private static int firstVisibleRow(TableView<?> table) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    @Test
    void theChartShowsTheTwentyFiveWithMostDebtAndSaysHowManyItLeavesOut(FxRobot robot) {
        assertThat(robot.lookup("#portfolio-chart-bars .chart-row").queryAll()).hasSize(25);
        assertThat(robot.lookup("#portfolio-chart-note").queryAs(Label.class).getText())
                .isEqualTo("Showing 25 of 56 teams with a score: the 25 with most debt");
        assertThat(robot.lookup("#portfolio-summary-teams").queryAs(Label.class).getText()).isEqualTo("60");
        robot.interact(() -> {
            Screenshots.save(scene, "portfolio-60-light");
            assertThat(Legibility.truncated(scene)).isEmpty();
            assertThat(Legibility.overflowing(scene)).isEmpty();
        });
    }

    @Test
    void theTableBuildsOnlyTheRowsOnScreen(FxRobot robot) {
        TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        long built = robot.lookup("#portfolio-table .table-row-cell").queryAll().stream()
                .filter(node -> !((TableRow<?>) node).isEmpty()).count();

        assertThat(table.getItems()).hasSize(60);
        assertThat(built).isLessThan(30);
        robot.interact(() -> table.scrollTo(59));
        robot.interact(() -> {
            Screenshots.save(scene, "portfolio-60-bottom");
            assertThat(Legibility.truncated(scene)).isEmpty();
            assertThat(Legibility.overflowing(scene)).isEmpty();
        });
    }

    @Test
    void filteringShowsOnlyMatchingBarsWithoutANote(FxRobot robot) {
        robot.clickOn("#portfolio-filter").write("payments");

        List<String> bars = robot.lookup("#portfolio-chart-bars .chart-name").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
        assertThat(bars).isNotEmpty().allMatch(name -> name.toLowerCase(Locale.ROOT).contains("payments"));
        assertThat(robot.lookup("#portfolio-chart-note").queryAs(Label.class).getText()).startsWith("All ");
    }

    @Test
    void darkThemeOnManyTeams(FxRobot robot) {
        robot.interact(TestStages::darkTheme);
        Node first = robot.lookup("#portfolio-table .table-row-cell").query();
        robot.clickOn(first);

        robot.interact(() -> {
            Screenshots.save(scene, "portfolio-60-dark");
            assertThat(Legibility.truncated(scene)).isEmpty();
            assertThat(Legibility.overflowing(scene)).isEmpty();
        });
    }
}
