package io.debtmeter.ui.home;

import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: the Rubrics page showed only the first problem of a skipped file, at the bottom of the page. */
@ExtendWith(ApplicationExtension.class)
class SkippedRubricFilesUiTest {

    @TempDir
    Path userRubrics;

    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        // Two slips in one file: a misspelt field of the first item, and a misspelt field of the rubric.
        String broken = TestRubrics.smallestValidJson("team-rubric", "1.0.0")
                .replaceFirst("\"why\"", "\"wyh\"").replaceFirst("\"version\"", "\"verison\"");
        Files.writeString(userRubrics.resolve("team-rubric.json"), broken);
        HomeViewModel viewModel = new HomeViewModel(new RubricCatalog(new RubricLoader(), userRubrics),
                new DirectTaskExecutor());
        scene = DebtmeterApp.styledScene(new HomeView(viewModel, new Texts(Locale.ENGLISH), rubric -> { }));
        viewModel.load();
        stage.setScene(scene);
        TestStages.show(stage);
    }

    @Test
    void everyProblemOfASkippedFileIsListedAboveTheRubrics(FxRobot robot) {
        List<String> problems = robot.lookup(".failure-problem").queryAllAs(Label.class).stream().map(Label::getText).toList();
        robot.interact(() -> Screenshots.save(scene, "home-skipped-rubric"));

        // "verison" and "wyh", and the two fields they leave missing: four problems, all shown.
        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems)).contains("did you mean `why`?", "did you mean `version`?",
                "is missing `version`", "is missing `why`");
        assertThat(robot.lookup(".failure-file").queryAs(Label.class).getText())
                .contains("team-rubric.json", "4 problems", "skipped");
        // Above the list of rubrics, so it is on screen without scrolling.
        Node failures = robot.lookup("#rubric-failures").query();
        Node cards = robot.lookup("#rubric-cards").query();
        Bounds failuresOnScene = failures.localToScene(failures.getBoundsInLocal());
        assertThat(failuresOnScene.getMinY()).isLessThan(cards.localToScene(cards.getBoundsInLocal()).getMinY());
        assertThat(failuresOnScene.getMaxY()).isLessThan(scene.getHeight());
        assertThat(Legibility.truncated(scene)).isEmpty();
        assertThat(Legibility.overflowing(scene)).isEmpty();
    }
}
