package io.debtmeter.ui.trends;

import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.analysis.trends.HeatMap;
import io.debtmeter.core.analysis.trends.HeatMapBuilder;
import io.debtmeter.core.analysis.trends.HeatMapRow;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.testsupport.TestStores;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Optional;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team assessed with ml-technical-debt 1.0.0 in Q3 and 2.0.0 in Q4 (issue 20): the heat map says where the
 * rubric changed and marks the items whose meaning changed, matched by id across the two versions.
 */
@ExtendWith(ApplicationExtension.class)
class RubricVersionChangeUiTest {

    @TempDir
    Path tempDir;

    private AssessmentStore store;
    private Team team;
    private Rubric version2;

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.create(tempDir, "versions.db");
        Rubric version1 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt-1.0.0.json"));
        version2 = new RubricLoader().load(Path.of("rubrics", "ml-technical-debt.json"));
        team = store.createTeam("Search");
        Assessment q3 = store.createAssessment(new NewAssessment(team.id(), version1, LocalDate.of(2026, 9, 30), "2026-Q3",
                List.of(), Optional.empty()));
        store.saveResponse(q3.id(), TestRubrics.level("code-review", 4));
        store.saveResponse(q3.id(), TestRubrics.level("single-config", 2));
        Assessment q4 = store.createAssessment(new NewAssessment(team.id(), version2, LocalDate.of(2026, 12, 15), "2026-Q4",
                List.of(), Optional.of(q3.id())));
        store.saveResponse(q4.id(), TestRubrics.level("code-review", 3));
        TestStages.showStyled(stage, TrendsViews.of(store, team.id(), id -> { }, () -> { }));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theHeatMapSaysWhereTheRubricChangedAndMarksTheItemsWhoseMeaningChanged(FxRobot robot) {
        assertThat(text(robot, "#trends-heat-version-change")).startsWith("Rubric 1.0.0 \u2192 2.0.0 from 2026-Q4")
                .contains("\u2260 marks the 21 items whose meaning changed");
        Label codeReview = robot.lookup("#trends-heat-row-code-review").queryAs(Label.class);
        assertThat(codeReview.getText()).isEqualTo("\u2260 Code review and static checks");
        assertThat(codeReview.getTooltip().getText()).startsWith("2.0.0: Level 4 asks for automatic checks");
        assertThat(robot.lookup("#trends-heat-row-single-config").queryAs(Label.class).getText())
                .isEqualTo("Keep configuration in one place");
    }

    @Test
    void withinOneVersionNoRowIsMarked() {
        List<AssessmentSnapshot> snapshots = store.assessments(team.id()).stream()
                .filter(a -> a.rubricVersion().equals("2.0.0"))
                .map(a -> new AssessmentSnapshot(a, store.rubricOf(a.id()), store.responses(a.id()))).toList();
        HeatMap map = new HeatMapBuilder(new ScoreCalculator()).build(snapshots);
        assertThat(map.groups()).flatMap(g -> g.rows()).noneMatch(HeatMapRow::meaningChanged);
    }
}
