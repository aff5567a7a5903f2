package io.debtmeter.ui.portfolio;

import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.debtmeter.ui.portfolio.PortfolioTestData.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engineering manager opens the portfolio of four teams, on 2026-11-30. On the default rubric with
 * every practice at one level (litmus N/A), debt index = 100 - 25 * level:
 * <ul>
 *   <li>Search ranking: 2026-07-01 level 1 (75.0), then a draft of 2026-10-01 at level 2 with its first
 *       item open (50.0, C, partial): ▼ −25.0, 60 days ago.</li>
 *   <li>Ads platform: 2026-07-15 level 4 (0.0), then 2026-10-15 level 3 (25.0, B): ▲ +25.0, 46 days ago.</li>
 *   <li>Fraud detection: 2026-02-01 and 2026-05-01 both level 0 (100.0, E): = 0.0, 213 days ago: stale.</li>
 *   <li>Recommendations: never assessed.</li>
 * </ul>
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioUiTest {

    @TempDir
    Path tempDir;

    private PortfolioTestData data;
    private Scene scene;
    private Team search;
    private Team ads;
    private final List<UUID> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        data = PortfolioTestData.open(tempDir);
        search = data.store.createTeam("Search ranking");
        data.assessed(search, data.technicalDebt, LocalDate.of(2026, 7, 1), 1);
        data.draft(search, data.technicalDebt, LocalDate.of(2026, 10, 1), 2, 1);
        ads = data.store.createTeam("Ads platform");
        data.assessed(ads, data.technicalDebt, LocalDate.of(2026, 7, 15), 4);
        data.assessed(ads, data.technicalDebt, LocalDate.of(2026, 10, 15), 3);
        Team fraud = data.store.createTeam("Fraud detection");
        data.assessed(fraud, data.technicalDebt, LocalDate.of(2026, 2, 1), 0);
        data.assessed(fraud, data.technicalDebt, LocalDate.of(2026, 5, 1), 0);
        data.store.createTeam("Recommendations");

        scene = TestStages.showStyled(stage, portfolioView());
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        data.close();
    }

    private PortfolioView portfolioView() {
        PortfolioViewModel viewModel = new PortfolioViewModel(data.store, new DirectTaskExecutor(), CLOCK);
        return new PortfolioView(viewModel, new Texts(Locale.ENGLISH), opened::add);
    }

    // --- what a person reads -------------------------------------------------------------------

    /** The table's rows as shown, top to bottom: team | grade | debt | change | last assessed | status. */
    private static List<String> rows(FxRobot robot) {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : robot.lookup("#portfolio-table .table-row-cell").queryAll()) {
            TableRow<?> row = (TableRow<?>) node;
            if (!row.isEmpty() && row.isVisible()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(TableRow::getIndex));
        return rows.stream().map(PortfolioUiTest::read).toList();
    }

    private static String read(TableRow<?> row) {
        return String.join(" | ", text(row, ".cell-team"), text(row, ".cell-grade"), text(row, ".cell-debt"),
                text(row, ".cell-change"), lastAssessed(row), text(row, ".cell-status"));
    }

    private static String lastAssessed(TableRow<?> row) {
        String date = text(row, ".cell-date");
        String since = row.lookup(".cell-badge") != null ? "[" + text(row, ".cell-badge") + "]" : text(row, ".cell-days");
        return date.isEmpty() ? since : date + " " + since;
    }

    private static String text(Node row, String query) {
        Node node = row.lookup(query);
        if (node instanceof Text text) {
            return text.getText();
        }
        return node instanceof Label label ? label.getText() : "";
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private TableRow<?> rowOf(FxRobot robot, String team) {
        return robot.lookup("#portfolio-table .table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> !row.isEmpty() && text(row, ".cell-team").equals(team))
                .findFirst().orElseThrow();
    }

    private static TableColumnHeader header(FxRobot robot, String columnId) {
        return robot.lookup(".column-header").queryAll().stream()
                .filter(node -> node instanceof TableColumnHeader h && h.getTableColumn() != null
                        && columnId.equals(h.getTableColumn().getId()))
                .map(node -> (TableColumnHeader) node)
                .findFirst().orElseThrow();
    }

    // --- tests ---------------------------------------------------------------------------------

    @Test
    void showsEveryTeamsGradeIndexArrowAndAgeMostDebtFirst(FxRobot robot) {
        assertThat(rows(robot)).containsExactly(
                "Fraud detection | E | 100.0 | = 0.0 | 1 May 2026 [Not assessed for 213 days] | Final",
                "Search ranking | C | 50.0 | \u25bc \u221225.0 | 1 Oct 2026 60 days ago | Draft \u00b7 partial",
                "Ads platform | B | 25.0 | \u25b2 +25.0 | 15 Oct 2026 46 days ago | Final",
                "Recommendations | \u2014 | \u2014 | \u2014 | [Never assessed] | \u2014");
        assertThat(label(robot, "#portfolio-summary-teams")).isEqualTo("4");
        // scored: 25.0, 50.0, 100.0 -> median 50.0
        assertThat(label(robot, "#portfolio-summary-median")).isEqualTo("50.0");
        assertThat(label(robot, "#portfolio-summary-improved")).isEqualTo("\u25bc 1");
        assertThat(label(robot, "#portfolio-summary-regressed")).isEqualTo("\u25b2 1");
        assertThat(label(robot, "#portfolio-summary-stale")).isEqualTo("1");
        assertThat(label(robot, "#portfolio-subtitle")).endsWith("as of 30 Nov 2026");
        assertThat(robot.lookup("#portfolio-chart-bars .chart-row").queryAll()).hasSize(3);
        assertThat(label(robot, "#portfolio-chart-note")).isEqualTo("All 3 teams with a score");
        robot.interact(() -> Screenshots.save(scene, "portfolio-light"));
    }

    @Test
    void eachBarCarriesItsGradeAndNothingIsCutAt1280By800(FxRobot robot) {
        List<String> grades = robot.lookup("#portfolio-chart-bars .bar-grade").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();

        assertThat(grades).containsExactly("E", "C", "B");
        robot.interact(() -> {
            assertThat(Legibility.truncated(scene)).isEmpty();
            assertThat(Legibility.overflowing(scene)).isEmpty();
        });
    }

    /** A larger system font (16 px rather than 14) and a maximised window: still no header ends in "…". */
    @Test
    void noHeaderIsCutWithALargerSystemFontOrAWiderWindow(FxRobot robot) {
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 16px;"));
        robot.sleep(200);
        robot.interact(() -> assertThat(Legibility.truncated(scene)).isEmpty());

        robot.interact(() -> scene.getWindow().setWidth(1920));
        robot.sleep(200);
        robot.interact(() -> assertThat(Legibility.truncated(scene)).isEmpty());
    }

    @Test
    void hoveringTheArrowExplainsItInWords(FxRobot robot) {
        Node arrow = rowOf(robot, "Search ranking").lookup(".cell-change");
        robot.moveTo(arrow);
        robot.sleep(1500);

        javafx.scene.control.Tooltip tooltip = ((javafx.scene.control.Cell<?>) arrow.getParent()).getTooltip();
        assertThat(tooltip.isShowing()).isTrue();
        assertThat(tooltip.getText()).isEqualTo("Improved: debt index down 25.0 from 75.0");
        assertThat(arrow.getAccessibleText()).isEqualTo(tooltip.getText());
    }

    @Test
    void clickingAColumnHeaderSortsByIt(FxRobot robot) {
        robot.clickOn(header(robot, "portfolio-col-team"));

        assertThat(rows(robot)).extracting(row -> row.split(" \\| ")[0])
                .containsExactly("Ads platform", "Fraud detection", "Recommendations", "Search ranking");

        robot.clickOn(header(robot, "portfolio-col-change"));

        // ascending change: -25.0, 0.0, +25.0, then the team without a comparison
        assertThat(rows(robot)).extracting(row -> row.split(" \\| ")[0])
                .containsExactly("Search ranking", "Fraud detection", "Ads platform", "Recommendations");
    }

    @Test
    void theFilterFieldsClearButtonShowsEveryTeamAgain(FxRobot robot) {
        robot.clickOn("#portfolio-filter").write("rank");
        assertThat(rows(robot)).hasSize(1);
        robot.interact(() -> Screenshots.save(scene, "portfolio-filter-typed"));

        robot.clickOn(robot.lookup("#portfolio-filter .clear-button").<javafx.scene.Node>query());

        assertThat(robot.lookup("#portfolio-filter").queryTextInputControl().getText()).isEmpty();
        assertThat(rows(robot)).hasSize(4);
    }

    @Test
    void typingANameFiltersTheTableAndTheChart(FxRobot robot) {
        robot.clickOn("#portfolio-filter").write("rank");

        assertThat(rows(robot)).extracting(row -> row.split(" \\| ")[0]).containsExactly("Search ranking");
        assertThat(label(robot, "#portfolio-filter-count")).isEqualTo("Showing 1 of 4 teams");
        assertThat(robot.lookup("#portfolio-chart-bars .chart-name").queryAll())
                .extracting(node -> ((Label) node).getText()).containsExactly("Search ranking");

        robot.eraseText(4);

        assertThat(rows(robot)).hasSize(4);
        assertThat(label(robot, "#portfolio-chart-note")).isEqualTo("All 3 teams with a score");
        assertThat(label(robot, "#portfolio-filter-count")).isEqualTo("Showing 4 of 4 teams");

        robot.write("rankzzz");

        assertThat(rows(robot)).isEmpty();
        assertThat(robot.lookup("#portfolio-table .placeholder .label").queryAs(Label.class).getText())
                .isEqualTo("No team name contains \u201crankzzz\u201d.");
    }

    @Test
    void doubleClickEnterOrTheButtonOpensTheTeam(FxRobot robot) {
        assertThat(robot.lookup("#portfolio-open").queryButton().isDisabled()).isTrue();

        robot.doubleClickOn(rowOf(robot, "Ads platform"));
        assertThat(opened).containsExactly(ads.id());

        robot.clickOn(rowOf(robot, "Search ranking")).type(KeyCode.ENTER);
        assertThat(opened).containsExactly(ads.id(), search.id());

        robot.clickOn("#portfolio-open");
        assertThat(opened).containsExactly(ads.id(), search.id(), search.id());
    }

    @Test
    void clickingABarSelectsItsTeamInTheTable(FxRobot robot) {
        Node adsBar = robot.lookup("#portfolio-chart-bars .chart-row").queryAll().stream()
                .filter(node -> text(node, ".chart-name").equals("Ads platform")).findFirst().orElseThrow();

        robot.clickOn(adsBar);

        TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.clickOn("#portfolio-open");
        assertThat(opened).containsExactly(ads.id());
    }

    @Test
    void darkThemeKeepsEveryTextReadable(FxRobot robot) {
        robot.interact(TestStages::darkTheme);
        robot.clickOn(rowOf(robot, "Search ranking"));

        robot.interact(() -> {
            Screenshots.save(scene, "portfolio-dark");
            assertThat(Legibility.truncated(scene)).isEmpty();
        });
    }
}
