package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestWindows;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A facilitator's first minutes: sample data, a team of their own, renaming, deleting, starting an assessment. */
@ExtendWith(ApplicationExtension.class)
class TeamsUiTest {

    @TempDir
    Path folder;

    private AssessmentStore store;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.create(folder, "teams.db");
        scene = TestWindows.show(stage, TestWindows.services(store, folder, new DirectTaskExecutor(), Settings.in(folder),
                path -> { }));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void firstRunOffersToCreateATeamOrLoadSampleData(FxRobot robot) {
        assertThat(robot.lookup("#teams-empty").query().isVisible()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "teams-empty"));

        robot.clickOn("#empty-load-sample");

        assertThat(robot.lookup("#teams-empty").query().isVisible()).isFalse();
        assertThat(teamList(robot).getItems()).extracting(Team::name).containsExactly("Search ranking (sample)");
        TableView<AssessmentRow> table = robot.lookup("#assessment-table").queryTableView();
        assertThat(table.getItems()).extracting(row -> row.assessment().period())
                .containsExactly("2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1");
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.score().grade()).isPresent());
        robot.interact(() -> Screenshots.save(scene, "teams-sample"));
    }

    /**
     * On a system whose default font is larger than ours (16 px rather than 14) nothing in the team's
     * table is cut: not the "Debt index" header, not "ml-technical-debt 1.0.0" in the rubric column.
     */
    @Test
    void theAssessmentTableCutsNoHeaderOrCellWithALargerSystemFont(FxRobot robot) {
        robot.clickOn("#empty-load-sample");
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 16px;"));
        robot.sleep(200);

        TableView<AssessmentRow> table = robot.lookup("#assessment-table").queryTableView();
        assertThat(table.getItems()).hasSize(4);
        robot.interact(() -> {
            assertThat(Legibility.truncated(scene)).isEmpty();
            assertThat(Legibility.overflowing(scene)).isEmpty();
        });
    }

    @Test
    void createRenameAndDeleteATeam(FxRobot robot) {
        newTeam(robot, "Fraud models");
        assertThat(robot.lookup("#team-name").queryAs(Label.class).getText()).isEqualTo("Fraud models");

        robot.clickOn("#rename-team");
        robot.interact(() -> robot.lookup("#rename-team-name").queryTextInputControl().clear());   // on the FX thread
        robot.clickOn("#rename-team-name").write("Fraud detection").type(KeyCode.ENTER);
        assertThat(store.teams()).extracting(Team::name).containsExactly("Fraud detection");

        robot.clickOn("#delete-team");
        Node confirm = robot.lookup(".dialog-pane .button").match(node -> "Delete team".equals(((javafx.scene.control.Button) node).getText())).query();
        robot.clickOn("#delete-team-name").write("Fraud");
        assertThat(confirm.isDisabled()).as("wrong name typed").isTrue();
        robot.write(" detection");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);

        assertThat(store.teams()).isEmpty();
        assertThat(robot.lookup("#teams-empty").query().isVisible()).isTrue();
    }

    @Test
    void aDuplicateTeamNameIsExplainedAndNothingChanges(FxRobot robot) {
        newTeam(robot, "Ranking");
        newTeam(robot, "ranking");

        assertThat(robot.lookup("#teams-error").queryAs(Label.class).getText()).contains("Ranking").contains("already exists");
        assertThat(store.teams()).hasSize(1);
    }

    @Test
    void aNewAssessmentCanStartFromThePreviousOneAndOpensTheWizard(FxRobot robot) {
        robot.clickOn("#empty-load-sample");
        Team team = store.teams().get(0);
        Assessment latest = store.assessments(team.id()).get(0);

        robot.clickOn("#new-assessment");
        assertThat(robot.lookup("#new-assessment-period").queryTextInputControl().getText()).isEqualTo("2026-Q4");
        robot.clickOn("#new-assessment-participants").write("Aiko, Ben , Chloé");
        robot.interact(() -> Screenshots.save(robot.lookup("#new-assessment-dialog").query().getScene(), "new-assessment-dialog"));
        robot.type(KeyCode.ENTER);

        List<Assessment> assessments = store.assessments(team.id());
        assertThat(assessments).hasSize(5);
        Assessment created = assessments.stream().filter(a -> !a.id().equals(latest.id())
                && a.participants().equals(List.of("Aiko", "Ben", "Chloé"))).findFirst().orElseThrow();
        Map<String, ItemResponse> copied = store.responses(created.id());
        assertThat(copied).hasSize(30).allSatisfy((id, response) -> assertThat(response.carriedOver()).isTrue());
        assertThat(copied.get("data-versioning").answer()).isEqualTo(store.responses(latest.id()).get("data-versioning").answer());
    }

    @Test
    void aLongTeamNameFitsTheListAndShowsWholeInItsTooltip(FxRobot robot) {
        String longName = "需要予測チーム (Demand forecasting and inventory planning, EMEA)";
        newTeam(robot, longName);

        ListCell<?> cell = robot.lookup("#team-list .list-cell").queryAll().stream()
                .map(node -> (ListCell<?>) node).filter(c -> longName.equals(c.getText())).findFirst().orElseThrow();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(longName);
        // No row wider than the list: no horizontal scroll bar, and the cell ends within the list.
        assertThat(robot.lookup("#team-list .scroll-bar:horizontal").<Node>queryAll()).allSatisfy(bar -> assertThat(bar.isVisible()).isFalse());
        // Bounds are read on the FX thread: computing them here could race its layout.
        ListView<Team> list = teamList(robot);
        double[] rightEdges = new double[2];
        robot.interact(() -> {
            rightEdges[0] = cell.localToScene(cell.getLayoutBounds()).getMaxX();
            rightEdges[1] = list.localToScene(list.getLayoutBounds()).getMaxX();
        });
        assertThat(rightEdges[0]).isLessThanOrEqualTo(rightEdges[1]);
        robot.interact(() -> Screenshots.save(scene, "teams-long-name"));
    }

    @Test
    void anotherRubricUnticksStartingFromThePreviousAssessmentAndNothingIsCarriedOver(FxRobot robot) {
        robot.clickOn("#empty-load-sample");
        Team team = store.teams().get(0);
        assertThat(store.assessments(team.id()).get(0).rubricId()).isEqualTo("ml-technical-debt");

        robot.clickOn("#new-assessment");
        CheckBox carryOver = robot.lookup("#new-assessment-carry-over").queryAs(CheckBox.class);
        assertThat(carryOver.isSelected()).isTrue();
        assertThat(carryOver.isDisabled()).isFalse();

        chooseRubric(robot, "ML Test Score");
        assertThat(carryOver.isSelected()).isFalse();
        assertThat(carryOver.isDisabled()).isTrue();
        assertThat(carryOver.getText()).contains("another rubric (ML technical debt)");

        chooseRubric(robot, "ML technical debt");
        assertThat(carryOver.isSelected()).as("the facilitator's choice comes back with the rubric").isTrue();
        assertThat(carryOver.isDisabled()).isFalse();

        chooseRubric(robot, "ML Test Score");
        robot.clickOn("#new-assessment-participants").write("Aiko").type(KeyCode.ENTER);

        Assessment created = store.assessments(team.id()).stream().filter(a -> a.participants().equals(List.of("Aiko")))
                .findFirst().orElseThrow();
        assertThat(created.rubricId()).isEqualTo("ml-test-score");
        assertThat(store.responses(created.id())).as("no answers copied from another rubric").isEmpty();
    }

    @Test
    void aPeriodTheTeamAlreadyHasIsPointedOutAndTheFacilitatorMayStillStartIt(FxRobot robot) {
        robot.clickOn("#empty-load-sample");
        Team team = store.teams().get(0);

        robot.clickOn("#new-assessment");
        Label warning = robot.lookup("#new-assessment-same-period").queryAs(Label.class);
        assertThat(robot.lookup("#new-assessment-period").queryTextInputControl().getText()).isEqualTo("2026-Q4");
        assertThat(warning.isVisible()).as("the sample's newest assessment is 2026-Q4").isTrue();
        assertThat(warning.getText()).startsWith("This team already has an assessment for 2026-Q4")
                .endsWith("Start anyway to keep both, or change the period.");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(Legibility.truncated(warning.getScene())));
        assertThat(cut).isEmpty();

        robot.clickOn("#new-assessment-period").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2027-Q1");
        assertThat(warning.isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-q4");
        assertThat(warning.isVisible()).as("periods match whatever their case").isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-Q4");
        robot.clickOn("#new-assessment-participants").write("Aiko").type(KeyCode.ENTER);
        assertThat(store.assessments(team.id())).filteredOn(a -> a.period().equals("2026-Q4")).hasSize(2);
    }

    private static void chooseRubric(FxRobot robot, String title) {
        robot.clickOn("#new-assessment-rubric");
        robot.clickOn(robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && cell.getText() != null && cell.getText().startsWith(title + " \u00b7")
                && !(cell.getParent() instanceof javafx.scene.control.ComboBox<?>)).<Node>query());
    }

    private static void newTeam(FxRobot robot, String name) {
        robot.clickOn("#new-team");
        robot.clickOn("#new-team-name").write(name).type(KeyCode.ENTER);
    }

    private static ListView<Team> teamList(FxRobot robot) {
        return robot.lookup("#team-list").queryListView();
    }
}
