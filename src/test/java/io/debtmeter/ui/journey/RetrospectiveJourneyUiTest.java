package io.debtmeter.ui.journey;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.Scrolling;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.teams.AssessmentRow;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 end to end: a facilitator creates a team, runs a whole retrospective on the default
 * rubric choosing every level from the keyboard (with one N/A, a vote with spread, a note and an
 * action), finishes, closes the app, starts it again on the same file and finds everything.
 */
@ExtendWith(ApplicationExtension.class)
class RetrospectiveJourneyUiTest {


    private static final String TEAM = "Recommendations";
    private static final String NOTE = "Checked by Chloé: 3 of 4 models have reports";
    private static final String ACTION = "Add attribution reports to the release checklist";

    @TempDir
    Path folder;

    private Stage stage;
    private AssessmentStore store;

    @Start
    void start(Stage primaryStage) throws Exception {
        stage = primaryStage;
        openApp();
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aWholeRetrospectiveByKeyboardSurvivesARestart(FxRobot robot) throws Exception {
        robot.clickOn("#empty-create-team");
        robot.clickOn("#new-team-name").write(TEAM).type(KeyCode.ENTER);
        robot.clickOn("#new-assessment");
        robot.clickOn("#new-assessment-participants").write("Aiko, Ben, Chloé").type(KeyCode.ENTER);
        assertThat(robot.lookup("#wizard").tryQuery()).as("the wizard opened").isPresent();

        Rubric rubric = defaultRubric();
        for (int index = 0; index < rubric.items().size(); index++) {
            switch (index) {
                case 1 -> vote(robot);
                case 2 -> writeNote(robot);
                case 3 -> addAction(robot);
                default -> { }
            }
            robot.type(keyFor(index));
            robot.type(KeyCode.RIGHT);
        }
        looked(robot, "journey-last-item");
        robot.clickOn("#wizard-finish");
        robot.lookup("#wizard-finish-confirm").tryQuery().filter(Node::isVisible).ifPresent(robot::clickOn);

        assertThat(text(robot, "#scorecard-index")).isEqualTo("48.4");
        looked(robot, "journey-scorecard");

        restartApp(robot);

        Team team = store.teams().get(0);
        assertThat(team.name()).isEqualTo(TEAM);
        TableView<AssessmentRow> table = robot.lookup("#assessment-table").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.assessment().status()).isEqualTo(AssessmentStatus.FINAL);
            assertThat(row.assessment().participants()).containsExactly("Aiko", "Ben", "Chloé");
            assertThat(row.score().grade().orElseThrow().label()).isEqualTo("C");
        });
        Assessment assessment = table.getItems().get(0).assessment();
        assertEverythingWasKept(rubric, assessment, team);

        robot.doubleClickOn(".table-row-cell");
        assertThat(text(robot, "#scorecard-index")).isEqualTo("48.4");
    }

    /**
     * Hand-computed: item 0 at level 4, item 5 N/A, every other practice at 2, every litmus answer
     * its third option (score 2). Model boundaries (4, 2, 2, 2) → (1 + .5 + .5 + .5) / 4 = 62.5;
     * the other seven categories 50. Overall (62.5 + 7 × 50) / 8 = 51.5625 → debt 48.4375 → "48.4", grade C.
     */
    private static KeyCode keyFor(int index) {
        if (index == 0) {
            return KeyCode.DIGIT4;
        }
        if (index == 5) {
            return KeyCode.N;
        }
        return index >= 25 ? KeyCode.DIGIT3 : KeyCode.DIGIT2;
    }

    /** Two people say 1, one says 3: a spread of two levels, worth discussing before settling. */
    private static void vote(FxRobot robot) {
        Scrolling.reveal(robot, "#vote-plus-1").clickOn("#vote-plus-1").clickOn("#vote-plus-1");
        Scrolling.reveal(robot, "#vote-plus-3").clickOn("#vote-plus-3");
        assertThat(robot.lookup("#wizard-discuss").query().isVisible()).isTrue();
    }

    private static void writeNote(FxRobot robot) {
        // The note and the actions are side tabs: Ctrl+2 and Ctrl+3 open them.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        Scrolling.reveal(robot, "#wizard-note").clickOn("#wizard-note").write(NOTE).type(KeyCode.ESCAPE);
    }

    private static void addAction(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        Scrolling.reveal(robot, "#wizard-action-text").clickOn("#wizard-action-text").write(ACTION);
        Scrolling.reveal(robot, "#wizard-action-owner").clickOn("#wizard-action-owner").write("Ben");
        Scrolling.reveal(robot, "#wizard-action-submit").clickOn("#wizard-action-submit");
        robot.type(KeyCode.ESCAPE);
    }

    private void assertEverythingWasKept(Rubric rubric, Assessment assessment, Team team) {
        Map<String, ItemResponse> responses = store.responses(assessment.id());
        assertThat(responses).hasSize(30);
        assertThat(responses.get(rubric.items().get(0).id()).answer()).contains(new Answer.Level(4));
        assertThat(responses.get(rubric.items().get(5).id()).answer()).contains(new Answer.NotApplicable());
        for (int index : List.of(1, 2, 3, 4, 6, 24)) {
            assertThat(responses.get(rubric.items().get(index).id()).answer()).as("item %d", index).contains(new Answer.Level(2));
        }
        for (int index = 25; index < 30; index++) {
            var item = rubric.items().get(index);
            assertThat(responses.get(item.id()).answer()).contains(new Answer.Choice(item.options().get(2).id()));
        }
        assertThat(responses.get(rubric.items().get(1).id()).votes()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 2, "3", 1));
        assertThat(responses.get(rubric.items().get(2).id()).note()).isEqualTo(NOTE);
        assertThat(store.actions(team.id())).singleElement().satisfies(action -> {
            assertThat(action.text()).isEqualTo(ACTION);
            assertThat(action.owner()).isEqualTo("Ben");
            assertThat(action.itemId()).isEqualTo(rubric.items().get(3).id());
            assertThat(action.raisedIn()).isEqualTo(assessment.id());
            assertThat(action.isOpen()).isTrue();
        });
    }

    private void openApp() throws Exception {
        store = TestStores.create(folder, "journey.db");
        UserDirectories directories = new UserDirectories("Linux", Map.of(), folder);
        AppServices services = new AppServices(store, new RubricCatalog(new RubricLoader(), directories.userRubricsFolder()),
                new DirectTaskExecutor(), new ScoreCalculator(),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
                new Texts(language()), directories, path -> { }, Settings.in(folder));
        stage.setScene(DebtmeterApp.createScene(services));
    }

    /** Closes the database as quitting does, then builds a new window on the same file. */
    private void restartApp(FxRobot robot) {
        robot.interact(() -> {
            store.close();
            try {
                openApp();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The language the window speaks; the Japanese journey overrides it. */
    Locale language() {
        return Locale.ENGLISH;
    }

    /** Saves the screen to look at; the Japanese journey also checks nothing on it is cut. */
    void looked(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name + "-" + language().getLanguage()));
    }

    Stage stage() {
        return stage;
    }

    private Rubric defaultRubric() {
        return new RubricCatalog(new RubricLoader(), folder).load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
    }
}
