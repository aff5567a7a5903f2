package io.debtmeter.ui.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.home.HomeView;
import io.debtmeter.ui.home.HomeViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A person opens the app, picks the default rubric and reads one practice's levels. */
@ExtendWith(ApplicationExtension.class)
class RubricBrowserUiTest {

    @TempDir
    static Path userRubrics;

    private Scene scene;

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final StackPane root = new StackPane();
    private RubricCatalog catalog;

    @Start
    void start(Stage stage) {
        catalog = new RubricCatalog(new RubricLoader(), userRubrics);
        scene = DebtmeterApp.styledScene(root);
        showHome();
        stage.setScene(scene);
        TestStages.show(stage);
    }

    /** The same navigation MainView does between the rubric list and the browser. */
    private void showHome() {
        HomeViewModel viewModel = new HomeViewModel(catalog, new DirectTaskExecutor());
        root.getChildren().setAll(new HomeView(viewModel, texts, rubric -> root.getChildren().setAll(
                new RubricBrowserView(new RubricBrowserViewModel(rubric), texts, this::showHome))));
        viewModel.load();
    }

    @Test
    void homeListsBothBundledRubricsWithTheirShape(FxRobot robot) {
        assertThat(robot.lookup("#rubric-card-ml-technical-debt").tryQuery()).isPresent();
        assertThat(robot.lookup("#rubric-card-ml-test-score").tryQuery()).isPresent();
        assertThat(texts(robot.lookup("#rubric-card-ml-technical-debt").query()))
                .contains("ML technical debt", "8 categories \u00b7 30 items \u00b7 Scored by weighted mean of categories",
                        "Model boundaries", "Litmus questions", "Version 2.0.0");
        robot.interact(() -> Screenshots.save(scene, "home"));
    }

    @Test
    void navigatingToAPracticeShowsItsQuestionWhyAndAllLevelDescriptors(FxRobot robot) throws IOException {
        JsonNode item = new ObjectMapper().readTree(Path.of("rubrics", "ml-technical-debt.json").toFile()).path("items").get(4);

        robot.clickOn("#browse-ml-technical-debt");
        robot.clickOn(item.path("title").asText());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#item-title").queryAs(Label.class).getText()).isEqualTo(item.path("title").asText());
        assertThat(robot.lookup("#item-question").queryAs(Label.class).getText()).isEqualTo(item.path("question").asText());
        assertThat(robot.lookup("#item-why").queryAs(Label.class).getText()).isEqualTo(item.path("why").asText());
        VBox levels = robot.lookup("#item-levels").queryAs(VBox.class);
        assertThat(levels.getChildren()).hasSize(5);
        List<String> shown = texts(levels);
        for (JsonNode level : item.path("levels")) {
            assertThat(shown).contains(level.path("descriptor").asText());
        }
        assertThat(shown).contains("Starting point", "Automated & monitored");
        // Rubric 2.0's guidance: evidence per level, when N/A applies, and what changed since 1.0.0.
        for (JsonNode level : item.path("levels")) {
            assertThat(shown).contains("Show: " + level.path("evidence").asText());
        }
        assertThat(robot.lookup("#item-not-applicable-when").queryAs(Label.class).getText())
                .isEqualTo(item.path("notApplicableWhen").asText());
        assertThat(robot.lookup("#item-meaning-change").queryAs(Label.class).getText())
                .isEqualTo(item.path("meaningChange").asText());
        robot.interact(() -> Screenshots.save(scene, "rubric-browser-practice"));
    }

    @Test
    void aLitmusQuestionShowsItsAnswerOptions(FxRobot robot) throws IOException {
        JsonNode item = new ObjectMapper().readTree(Path.of("rubrics", "ml-technical-debt.json").toFile()).path("items").get(29);

        robot.clickOn("#browse-ml-technical-debt");
        robot.clickOn("#rubric-tree").type(KeyCode.END);   // the last item: the fifth litmus question

        assertThat(robot.lookup("#item-title").queryAs(Label.class).getText()).isEqualTo(item.path("title").asText());

        List<String> shown = texts(robot.lookup("#item-levels").query());
        for (JsonNode option : item.path("options")) {
            assertThat(shown).contains(option.path("label").asText());
        }
        // Its measure: [0, 14) days ... [182, open) days.
        assertThat(shown).contains("Scores 4  \u00b7  measured 0 to under 14 days", "Scores 0  \u00b7  measured 182 days or more");
        robot.interact(() -> Screenshots.save(scene, "rubric-browser-litmus"));
    }

    @Test
    void beforeAnItemIsPickedTheRubricExplainsItsScoringAndGrades(FxRobot robot) {
        robot.clickOn("#browse-ml-technical-debt");

        List<String> shown = texts(robot.lookup("#item-detail").query());
        assertThat(shown).contains("Starting point", "Automated & monitored", "A", "E", "0 to 20", "80 to 100");
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("weighted mean of the categories"));
        robot.interact(() -> Screenshots.save(scene, "rubric-browser-overview"));
    }

    @Test
    void backReturnsToTheRubricList(FxRobot robot) {
        robot.clickOn("#browse-ml-test-score");
        assertThat(robot.lookup("#rubric-tree").tryQuery()).isPresent();

        robot.clickOn("#browser-back");

        assertThat(robot.lookup("#rubric-cards").tryQuery()).isPresent();
        assertThat(robot.lookup("#rubric-tree").tryQuery()).isEmpty();
    }

    /** Every label's text below a node, in order: what a person can read there. */
    private static List<String> texts(Node root) {
        return robotFreeLabels(root).stream().map(Label::getText).toList();
    }

    private static List<Label> robotFreeLabels(Node root) {
        java.util.List<Label> labels = new java.util.ArrayList<>();
        if (root instanceof Label label) {
            labels.add(label);
        }
        if (root instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> labels.addAll(robotFreeLabels(child)));
        }
        return labels;
    }
}
