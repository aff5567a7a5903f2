package io.debtmeter.ui.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.ToggleButton;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator compares the team's quarters: Q1 against Q2, filters to what regressed, reads the notes that
 * explain it, swaps the sides, then compares with another team and with the next rubric version.
 * The data and every number are in {@link CompareTestData} and AssessmentComparerTest.
 */
@ExtendWith(ApplicationExtension.class)
class CompareUiTest {

    @TempDir
    Path tempDir;

    private CompareTestData data;
    private Scene scene;
    private final AtomicInteger back = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        data = new CompareTestData(tempDir);
        CompareViewModel viewModel = new CompareViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), ZoneOffset.UTC);
        viewModel.compare(data.q1.id(), data.q2.id());
        scene = TestStages.showStyled(stage, new CompareView(viewModel, new Texts(Locale.ENGLISH), back::incrementAndGet));
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** What each filled table row shows, cell by cell, as a person reads it. */
    static List<List<String>> rows(FxRobot robot) {
        List<List<String>> rows = new ArrayList<>();
        List<TableRow<?>> filled = robot.lookup("#compare-items .table-row-cell").queryAll().stream()
                .<TableRow<?>>map(node -> (TableRow<?>) node)
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex)).toList();
        for (TableRow<?> row : filled) {
            if (row.isEmpty() || row.getItem() == null || !row.isVisible()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Node cell : row.lookupAll(".table-cell")) {
                Node graphic = ((TableCell<?, ?>) cell).getGraphic();
                cells.add(graphic instanceof Text t ? t.getText() : graphic instanceof Label l ? l.getText() : "");
            }
            rows.add(cells);
        }
        return rows;
    }

    static void choose(FxRobot robot, String comboQuery, String itemText) {
        Scrolling.reveal(robot, comboQuery);
        robot.clickOn(comboQuery);
        Node cell = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(c -> itemText.equals(((ListCell<?>) c).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + itemText));
        robot.clickOn(cell);
    }

    private void filterTo(FxRobot robot, String id) {
        Scrolling.reveal(robot, "#compare-items");
        robot.clickOn(id);
    }

    /** The text the closed picker shows: its button cell. */
    static String shownChoice(FxRobot robot, String comboQuery) {
        ComboBox<?> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        return robot.from(combo).lookup(".list-cell").queryAll().stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(Objects::nonNull).findFirst().orElse("");
    }

    @Test
    void showsBothSidesAndTheOverallMoveWithGlyphSignAndWords(FxRobot robot) {
        assertThat(text(robot, "#compare-before-team-name")).isEqualTo("Search ranking");
        assertThat(text(robot, "#compare-before-period")).isEqualTo("2026-Q1 \u00b7 1 Mar 2026 \u00b7 rubric 1.0");
        assertThat(text(robot, "#compare-before-index")).isEqualTo("52.1");
        assertThat(text(robot, "#compare-before-grade")).isEqualTo("C");
        assertThat(text(robot, "#compare-after-index")).isEqualTo("39.6");
        assertThat(text(robot, "#compare-after-grade")).isEqualTo("B");
        assertThat(text(robot, "#compare-overall-delta")).isEqualTo("\u25BC \u221212.5");
        assertThat(text(robot, "#compare-overall-change")).isEqualTo("Less debt: improved");
        assertThat(text(robot, "#compare-category-data-delta")).isEqualTo("\u25BC +25.0");
        assertThat(text(robot, "#compare-category-model-delta")).isEqualTo("\u25B2 \u221212.5");
        assertThat(text(robot, "#compare-category-infra-delta")).isEqualTo("\u25BC +12.5");
        assertThat(shownChoice(robot, "#compare-before-assessment"))
                .isEqualTo("2026-Q1 \u00b7 1 Mar 2026 \u00b7 Final");
        assertThat(robot.lookup("#compare-filter-all").queryAs(ToggleButton.class).getText()).isEqualTo("All (7)");
        assertThat(robot.lookup("#compare-filter-regressed").queryAs(ToggleButton.class).getText()).isEqualTo("\u25B2 Regressed (2)");
        assertThat(robot.lookup("#compare-filter-not-comparable").queryAs(ToggleButton.class).getText()).isEqualTo("Not comparable (2)");
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-light-top"));
    }

    @Test
    void filterToRegressedThenReadBothNotesOfARow(FxRobot robot) {
        filterTo(robot, "#compare-filter-regressed");

        assertThat(rows(robot)).containsExactly(
                List.of("Data", "Track lineage", "2 \u00b7 Defined", "1 \u00b7 Ad hoc", "\u25B2 \u22121", "Before & after"),
                List.of("Infrastructure", "Monitor live performance", "2 \u00b7 Defined", "1 \u00b7 Ad hoc", "\u25B2 \u22121", "After"));
        assertThat(text(robot, "#compare-note-item")).startsWith("Select an item");
        robot.clickOn("#compare-filter-regressed");   // clicking the chosen filter again keeps it on
        assertThat(robot.lookup("#compare-filter-regressed").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(rows(robot)).hasSize(2);

        robot.clickOn("Track lineage");

        assertThat(text(robot, "#compare-note-item")).isEqualTo("Track lineage: \u25B2 \u22121 (regressed)");
        assertThat(text(robot, "#compare-note-before")).isEqualTo(CompareTestData.Q1_LINEAGE_NOTE);
        assertThat(text(robot, "#compare-note-after")).isEqualTo(CompareTestData.Q2_LINEAGE_NOTE);
        Scrolling.reveal(robot, "#compare-filters");
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-light-regressed"));

        filterTo(robot, "#compare-filter-not-comparable");
        assertThat(rows(robot)).extracting(row -> row.get(1) + ": " + row.get(2) + " -> " + row.get(3) + " " + row.get(4))
                .containsExactly("Check fairness: N/A -> 2 \u00b7 Defined n/c", "Roll back in one step: Unanswered -> 4 \u00b7 Optimised n/c");
    }

    @Test
    void swappingTheSidesFlipsEverySign(FxRobot robot) {
        filterTo(robot, "#compare-filter-regressed");
        Scrolling.reveal(robot, "#compare-swap");

        robot.clickOn("#compare-swap");

        assertThat(text(robot, "#compare-before-index")).isEqualTo("39.6");
        assertThat(text(robot, "#compare-after-index")).isEqualTo("52.1");
        assertThat(text(robot, "#compare-overall-delta")).isEqualTo("\u25B2 +12.5");
        assertThat(text(robot, "#compare-overall-change")).isEqualTo("More debt: regressed");
        assertThat(text(robot, "#compare-category-data-delta")).isEqualTo("\u25B2 \u221225.0");
        assertThat(robot.lookup("#compare-filter-regressed").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(rows(robot)).extracting(row -> row.get(1) + " " + row.get(4))
                .containsExactly("Version the data \u25B2 \u22122", "Rebuild old training data \u25B2 \u22122");
        assertThat(shownChoice(robot, "#compare-before-assessment"))
                .startsWith("2026-Q2");
    }

    @Test
    void comparesTwoTeamsPickedWithThePickers(FxRobot robot) {
        choose(robot, "#compare-after-team", "Ads");

        assertThat(text(robot, "#compare-after-team-name")).isEqualTo("Ads");
        robot.interact(() -> robot.lookup("#compare-scroll").queryAs(ScrollPane.class).setVvalue(0));
        robot.interact(() -> Screenshots.save(scene, "compare-light-two-teams"));
        assertThat(shownChoice(robot, "#compare-after-assessment"))
                .isEqualTo("2026-Q2 \u00b7 15 Jun 2026 \u00b7 Final");
        // Ads: data (0.5 + 0.5 + 0) / 3 = 33.3, model 50, infra 50 -> maturity 41.67, debt 58.3; 58.3 - 52.1 = +6.2
        assertThat(text(robot, "#compare-after-index")).isEqualTo("58.3");
        assertThat(text(robot, "#compare-overall-delta")).isEqualTo("\u25B2 +6.2");
        // 03-01 .. 06-15: Search's DVC (04-20) and lineage doc (05-02), Ads's bidder tests (06-10).
        Scrolling.reveal(robot, "#compare-actions");
        List<String> actions = robot.lookup("#compare-actions .compare-row").queryAll().stream()
                .map(row -> row.getAccessibleText()).toList();
        assertThat(robot.lookup("#compare-actions .compare-row .text-muted").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Search ranking \u00b7 Version the data \u00b7 Aiko \u00b7 closed 20 Apr 2026",
                        "Search ranking \u00b7 Track lineage \u00b7 Ben \u00b7 closed 2 May 2026",
                        "Ads \u00b7 Test the model \u00b7 Dan \u00b7 closed 10 Jun 2026");
        assertThat(actions).containsExactly(
                "Put the training sets under DVC: Done. \u25B2 Item improved",
                "Document the lineage of every table: Dropped. = Item unchanged",
                "Test the bidder before each release: Done. \u25BC Item regressed");
        assertThat(Legibility.truncated(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-light-two-teams-actions"));
    }

    @Test
    void anotherRubricVersionListsTheUnmatchedItems(FxRobot robot) {
        choose(robot, "#compare-after-assessment", "2026-Q3 \u00b7 1 Sep 2026 \u00b7 Final");

        assertThat(text(robot, "#compare-rubric-note")).contains("1.0 before", "2.0 after", "matched by id");
        assertThat(text(robot, "#compare-category-infra-delta")).isEqualTo("n/c \u00b7 only before");
        assertThat(text(robot, "#compare-category-platform-delta")).isEqualTo("n/c \u00b7 only after");
        Scrolling.reveal(robot, "#compare-unmatched");
        assertThat(robot.lookup("#compare-only-before .compare-row .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Roll back in one step", "Infrastructure \u00b7 Unanswered");
        assertThat(robot.lookup("#compare-only-after .compare-row .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Alert on drift", "Platform \u00b7 1 \u00b7 Ad hoc");
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-light-versions"));
    }

    @Test
    void darkThemeReadsTheSame(FxRobot robot) {
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(scene, "compare-dark-top"));
        filterTo(robot, "#compare-filter-all");
        robot.clickOn("Version the data");
        Scrolling.reveal(robot, "#compare-notes");
        robot.interact(() -> Screenshots.save(scene, "compare-dark-items"));
        Scrolling.reveal(robot, "#compare-actions");
        robot.interact(() -> scene.getRoot().lookupAll("#compare-scroll").forEach(n -> ((ScrollPane) n).setVvalue(1)));
        robot.interact(() -> Screenshots.save(scene, "compare-dark-bottom"));

        assertThat(text(robot, "#compare-note-after")).isEqualTo(CompareTestData.Q2_VERSIONING_NOTE);
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
    }

    @Test
    void backLeavesTheComparison(FxRobot robot) {
        robot.clickOn("#compare-back");

        assertThat(back).hasValue(1);
    }
}
