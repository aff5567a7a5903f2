package io.debtmeter.ui.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.wizard.WizardTestData;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample team (30 items of the default rubric, four quarters): pick its first and last quarter with the
 * pickers, filter to what regressed, and look at it in both themes with long litmus answers wrapping.
 */
@ExtendWith(ApplicationExtension.class)
class CompareSampleUiTest {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)$");

    @TempDir
    Path tempDir;

    private WizardTestData data;
    private List<Assessment> quarters;
    private Scene scene;

    @Start
    void start(Stage stage) {
        data = WizardTestData.open(tempDir);
        quarters = data.store.assessments(data.loadSampleTeam().id());   // newest first: Q4 (draft), Q3, Q2, Q1
        CompareViewModel viewModel = new CompareViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator());
        scene = TestStages.styledScene(new CompareView(viewModel, new Texts(Locale.ENGLISH), () -> { }));
        viewModel.compare(quarters.get(1).id(), quarters.get(0).id());
        stage.setScene(scene);
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        data.close();
    }

    private static int count(FxRobot robot, String id) {
        Matcher matcher = COUNT.matcher(robot.lookup(id).queryAs(ToggleButton.class).getText());
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void lastTwoQuartersFilteredToRegressionsThenTheFirstQuarterPicked(FxRobot robot) {
        assertThat(CompareUiTest.shownChoice(robot, "#compare-before-assessment")).isEqualTo("2026-Q3 \u00b7 15 Aug 2026 \u00b7 Final");
        assertThat(CompareUiTest.shownChoice(robot, "#compare-after-assessment")).isEqualTo("2026-Q4 \u00b7 15 Nov 2026 \u00b7 Draft");
        assertThat(count(robot, "#compare-filter-all")).isEqualTo(30);
        assertThat(count(robot, "#compare-filter-improved") + count(robot, "#compare-filter-regressed")
                + count(robot, "#compare-filter-unchanged") + count(robot, "#compare-filter-not-comparable")).isEqualTo(30);
        int regressions = count(robot, "#compare-filter-regressed");
        assertThat(regressions).isPositive();   // the sample's random wobble lowers a few items from Q3 to Q4

        Scrolling.reveal(robot, "#compare-items");
        robot.clickOn("#compare-filter-regressed");
        List<List<String>> regressed = CompareUiTest.rows(robot);
        assertThat(regressed).hasSize(regressions);
        assertThat(regressed).allSatisfy(row -> assertThat(row.get(4)).startsWith("\u25B2 \u2212"));
        robot.clickOn("#compare-filter-not-comparable");
        // The sample team marked multi-language boundaries N/A in its last quarter.
        assertThat(CompareUiTest.rows(robot)).extracting(row -> row.get(1) + " " + row.get(3) + " " + row.get(4))
                .containsExactly("Manage multi-language boundaries N/A n/c");
        robot.clickOn("#compare-filter-all");

        CompareUiTest.choose(robot, "#compare-before-assessment", "2026-Q1 \u00b7 15 Feb 2026 \u00b7 Final");

        assertThat(CompareUiTest.shownChoice(robot, "#compare-before-assessment")).startsWith("2026-Q1");
        assertThat(CompareUiTest.text(robot, "#compare-before-period")).startsWith("2026-Q1");
        assertThat(count(robot, "#compare-filter-all")).isEqualTo(30);
        robot.interact(() -> robot.lookup("#compare-scroll").queryAs(ScrollPane.class).setVvalue(0));
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-sample-light-top"));
        Scrolling.reveal(robot, "#compare-items");
        robot.interact(() -> Screenshots.save(scene, "compare-sample-light-items"));
    }

    /**
     * Under a filter the table is as tall as its rows: every row shows whole, however many lines its long
     * litmus answers wrap to, and the table does not scroll. (Measured at 1100 px wide, where those
     * answers wrap to three lines.)
     */
    @Test
    void filteredRowsShowWholeHoweverManyLinesTheyWrapTo(FxRobot robot) {
        robot.interact(() -> {
            scene.getWindow().setWidth(1100);
            scene.getWindow().setHeight(800);
        });
        Scrolling.reveal(robot, "#compare-items");
        robot.clickOn("#compare-filter-regressed");
        robot.clickOn("#compare-filter-all");
        robot.clickOn("#compare-filter-regressed");
        robot.sleep(300);

        javafx.scene.control.TableView<?> table = robot.lookup("#compare-items").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.Node viewport = table.lookup(".clipped-container");
        javafx.geometry.Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        List<javafx.scene.control.TableRow<?>> rows = robot.lookup("#compare-items .table-row-cell").queryAll().stream()
                .<javafx.scene.control.TableRow<?>>map(node -> (javafx.scene.control.TableRow<?>) node)
                .filter(row -> row.isVisible() && !row.isEmpty() && row.getParent().isVisible()).toList();
        assertThat(rows).hasSize(count(robot, "#compare-filter-regressed"));
        double tallest = rows.stream().mapToDouble(javafx.scene.control.TableRow::getHeight).max().orElseThrow();
        assertThat(tallest).as("a row wraps to more lines than one").isGreaterThan(50);
        for (javafx.scene.control.TableRow<?> row : rows) {
            javafx.geometry.Bounds bounds = row.localToScene(row.getLayoutBounds());
            assertThat(bounds.getMaxY()).as("bottom of row " + row.getIndex()).isLessThanOrEqualTo(shown.getMaxY() + 0.5);
            assertThat(bounds.getMinY()).as("top of row " + row.getIndex()).isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
        }
        assertThat(table.lookupAll(".scroll-bar").stream().filter(bar -> bar instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible())).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "compare-sample-regressed-1100"));
    }

    @Test
    void darkTheme(FxRobot robot) {
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(scene, "compare-sample-dark-top"));
        Scrolling.reveal(robot, "#compare-items");
        robot.interact(() -> Screenshots.save(scene, "compare-sample-dark-items"));
        // The litmus questions at the end have the longest answers: they must wrap, not be cut.
        robot.interact(() -> robot.lookup("#compare-items").queryAs(javafx.scene.control.TableView.class).scrollTo(29));
        robot.clickOn("Documentation and onboarding");
        robot.interact(() -> Screenshots.save(scene, "compare-sample-dark-litmus"));
        assertThat(CompareUiTest.text(robot, "#compare-note-item")).startsWith("Documentation and onboarding: ");
        assertThat(Legibility.truncated(scene)).isEmpty();
        robot.interact(() -> robot.lookup("#compare-scroll").queryAs(ScrollPane.class).setVvalue(1));
        robot.interact(() -> Screenshots.save(scene, "compare-sample-dark-bottom"));

        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
    }
}
