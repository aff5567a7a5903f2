package io.debtmeter.ui;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.shell.MainView;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text against what is drawn behind it (4.5:1) and every legend swatch against its background
 * (see {@link Legibility#lowContrast}), on the sample team's screens, light and dark, at 1280×800.
 * Each page is scrolled from top to bottom, so all of it is judged, not only its first screenful.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensContrastUiTest {

    @TempDir
    Path folder;

    private AssessmentStore store;
    private Scene scene;
    private MainView main;
    private Team sample;
    private List<Assessment> quarters;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.create(folder, "contrast.db");
        UserDirectories directories = new UserDirectories("Linux", Map.of(), folder);
        RubricCatalog catalog = new RubricCatalog(new RubricLoader(), Files.createDirectories(directories.userRubricsFolder()));
        sample = new SampleData(store).load(catalog.load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric(),
                LocalDate.of(2026, 11, 15));
        quarters = store.assessments(sample.id());
        AppServices services = new AppServices(store, catalog, new DirectTaskExecutor(), new ScoreCalculator(),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), new Texts(Locale.ENGLISH),
                directories, path -> { }, Settings.in(folder));
        main = new MainView(services);
        scene = TestStages.showStyled(stage, main);
    }

    @AfterEach
    void closeStore() {
        TestStages.lightTheme();
        store.close();
    }

    private List<String> lowContrastOn(FxRobot robot, String name, Consumer<MainView> show) {
        robot.interact(() -> show.accept(main));
        robot.sleep(400);
        java.util.Set<String> low = new java.util.LinkedHashSet<>();
        for (double v = 0; v <= 1.0001; v += 0.2) {
            double at = v;
            robot.interact(() -> scene.getRoot().lookupAll(".scroll-pane")
                    .forEach(pane -> ((javafx.scene.control.ScrollPane) pane).setVvalue(at)));
            robot.interact(() -> Legibility.lowContrast(scene).forEach(problem -> low.add(name + ": " + problem)));
        }
        return new ArrayList<>(low);
    }

    private List<String> everyScreen(FxRobot robot) {
        List<String> low = new ArrayList<>();
        low.addAll(lowContrastOn(robot, "teams", MainView::showTeams));
        low.addAll(lowContrastOn(robot, "team", m -> m.showTeam(sample.id())));
        low.addAll(lowContrastOn(robot, "scorecard", m -> m.showScorecard(quarters.get(1).id())));
        low.addAll(lowContrastOn(robot, "trends", m -> m.showTrends(sample.id())));
        low.addAll(lowContrastOn(robot, "compare", m -> m.showCompare(quarters.get(1).id(), quarters.get(0).id())));
        low.addAll(lowContrastOn(robot, "portfolio", MainView::showPortfolio));
        return low;
    }

    @Test
    void everyTextAndSwatchStandsOutInTheLightTheme(FxRobot robot) {
        assertThat(everyScreen(robot)).isEmpty();
    }

    @Test
    void everyTextAndSwatchStandsOutInTheDarkTheme(FxRobot robot) {
        robot.interact(TestStages::darkTheme);
        assertThat(everyScreen(robot)).isEmpty();
    }

    /**
     * WCAG asks nothing of disabled controls, but "Open team" before a team is picked must still read
     * as a button with words on it: held to text's 4.5:1 in both themes (AtlantaFX's own fading to 40 %
     * gave 1.8:1 in the light theme).
     */
    @Test
    void theDisabledOpenTeamButtonStaysLegibleInBothThemes(FxRobot robot) {
        robot.interact(main::showPortfolio);
        robot.sleep(300);
        Button open = robot.lookup("#portfolio-open").queryButton();
        assertThat(open.isDisabled()).isTrue();
        robot.interact(() -> System.out.printf("Open team, disabled, light %.2f:1%n", Legibility.disabledContrast(scene, open)));
        robot.interact(() -> assertThat(Legibility.disabledContrast(scene, open)).as("light").isGreaterThanOrEqualTo(Legibility.TEXT_CONTRAST));
        robot.interact(TestStages::darkTheme);
        robot.sleep(300);
        robot.interact(() -> System.out.printf("Open team, disabled, dark %.2f:1%n", Legibility.disabledContrast(scene, open)));
        robot.interact(() -> assertThat(Legibility.disabledContrast(scene, open)).as("dark").isGreaterThanOrEqualTo(Legibility.TEXT_CONTRAST));
        robot.interact(() -> Screenshots.save(scene, "portfolio-open-disabled-dark"));
    }
}
