package io.debtmeter.ui.portfolio;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleLoader;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

import static io.debtmeter.ui.portfolio.PortfolioTestData.CLOCK;
import static io.debtmeter.ui.portfolio.PortfolioTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 generated teams (as the CLI's {@code sample --teams 200} makes them), some of them not assessed
 * for over 120 days: the overdue tile's number and the line under it tell one story. The number is
 * counted here from the store, by the rule the tile states: newest assessment more than 120 days
 * before today.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioManyTeamsUiTest {

    @TempDir
    Path tempDir;

    private AssessmentStore store;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Rubric rubric = new RubricCatalog(new RubricLoader(), Files.createDirectories(tempDir.resolve("rubrics"))).load()
                .find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        store = TestStores.create(tempDir, "many.db");
        new SampleLoader(store).load(new SampleLoader.Request(rubric, 200, 3, 19, TODAY), (written, total) -> { });
        scene = TestStages.showStyled(stage, new PortfolioView(new PortfolioViewModel(store, new DirectTaskExecutor(), CLOCK),
                new Texts(Locale.ENGLISH), id -> { }));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private long overdueInStore() {
        return store.teams().stream()
                .map(team -> store.assessments(team.id()).stream().map(Assessment::date).max(Comparator.naturalOrder()))
                .filter(newest -> newest.isPresent() && newest.get().isBefore(TODAY.minusDays(120)))
                .count();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void overdueTeamsAreNeverCalledEveryTeamHavingAssessedItself(FxRobot robot) {
        long overdue = overdueInStore();
        assertThat(overdue).as("the generator leaves some of 200 teams overdue").isPositive();

        assertThat(label(robot, "#portfolio-summary-teams")).isEqualTo("200");
        assertThat(label(robot, "#portfolio-summary-stale")).isEqualTo(String.valueOf(overdue));
        assertThat(label(robot, "#portfolio-summary-stale-detail"))
                .isEqualTo("every team has assessed at least once")
                .doesNotContain("assessed itself");
    }

    @Test
    void aTeamNeverAssessedIsNamedBesideTheOverdueOnes(FxRobot robot) {
        long overdue = overdueInStore();
        Team fresh = store.createTeam("New platform team");
        robot.clickOn("#portfolio-refresh");

        assertThat(store.assessments(fresh.id())).isEmpty();
        assertThat(label(robot, "#portfolio-summary-teams")).isEqualTo("201");
        assertThat(label(robot, "#portfolio-summary-stale")).isEqualTo(String.valueOf(overdue));
        assertThat(label(robot, "#portfolio-summary-stale-detail")).isEqualTo("and 1 team never assessed");
    }
}
