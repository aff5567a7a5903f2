package io.debtmeter.ui.shell;

import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** From the Teams screen to trends, comparison and portfolio and back, on the sample team. */
@ExtendWith(ApplicationExtension.class)
class NavigationUiTest extends WithAppWindow {

    @Start
    void start(Stage primaryStage) {
        newWindow(primaryStage, Locale.ENGLISH, path -> { });
        window.open(folder.resolve("navigation.db"), false);
        TestStages.show(stage);
        stage.toFront();
    }

    @Test
    void trendsCompareAndPortfolioAreOneClickAwayAndLeadBack(FxRobot robot) {
        robot.clickOn("#empty-load-sample");

        robot.clickOn("#show-trends");
        assertThat(robot.lookup("#trends").tryQuery()).isPresent();
        robot.interact(() -> Screenshots.save(stage.getScene(), "navigation-trends"));
        robot.clickOn("#trends-back");
        assertThat(robot.lookup("#team-name").queryAs(Label.class).getText()).isEqualTo("Search ranking (sample)");

        robot.clickOn("#compare-assessments");
        assertThat(robot.lookup("#compare").tryQuery()).isPresent();
        robot.interact(() -> Screenshots.save(stage.getScene(), "navigation-compare"));
        robot.clickOn("#compare-back");
        assertThat(robot.lookup("#assessment-table").tryQuery()).isPresent();

        robot.clickOn("#nav-portfolio");
        TableView<?> portfolio = robot.lookup("#portfolio-table").queryTableView();
        assertThat(portfolio.getItems()).hasSize(1);
        robot.interact(() -> Screenshots.save(stage.getScene(), "navigation-portfolio"));
        robot.doubleClickOn("#portfolio-table .table-row-cell");
        assertThat(robot.lookup("#team-name").queryAs(Label.class).getText()).isEqualTo("Search ranking (sample)");
    }

    @Test
    void theScreensStylesheetsStayLoadedWhileTheirScreensAreClosed(FxRobot robot) {
        robot.clickOn("#empty-load-sample");
        robot.clickOn("#show-trends");
        robot.clickOn("#trends-back");
        robot.clickOn("#nav-portfolio");
        robot.clickOn("#nav-teams");

        // Neither trends nor the portfolio is open now, yet their stylesheets (and only those of the
        // screens shown so far) are still in the scene.
        assertThat(robot.lookup("#trends").tryQuery()).isEmpty();
        assertThat(robot.lookup("#portfolio").tryQuery()).isEmpty();
        var keeper = robot.lookup("#stylesheet-keeper").query();
        assertThat(keeper.getScene()).isSameAs(stage.getScene());
        assertThat(keeper.isVisible()).isFalse();
        assertThat(((javafx.scene.Parent) keeper).getStylesheets()).containsExactlyInAnyOrder(
                stylesheet("trends/trends.css"), stylesheet("portfolio/portfolio.css"));
    }

    private static String stylesheet(String path) {
        return NavigationUiTest.class.getResource("/io/debtmeter/ui/" + path).toExternalForm();
    }
}
