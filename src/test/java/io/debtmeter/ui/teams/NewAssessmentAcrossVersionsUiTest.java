package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's last assessment used ml-technical-debt 1.0.0; the dialog starts on 2.0.0 (the current version) and
 * says that starting from the previous assessment leaves the 21 items whose meaning changed to be placed again.
 */
@ExtendWith(ApplicationExtension.class)
class NewAssessmentAcrossVersionsUiTest {

    @TempDir
    Path folder;

    private AssessmentStore store;
    private NewAssessmentDialog dialog;

    @Start
    void start(Stage stage) {
        store = TestStores.create(folder, "versions.db");
        List<CatalogEntry> entries = new RubricCatalog(new RubricLoader(), folder.resolve("rubrics")).load().entries();
        CatalogEntry version1 = entries.stream().filter(e -> e.rubric().version().equals("1.0.0")).findFirst().orElseThrow();
        Team team = store.createTeam("Search");
        Assessment q3 = store.createAssessment(new NewAssessment(team.id(), version1.rubric(), LocalDate.of(2026, 9, 30),
                "2026-Q3", List.of(), Optional.empty()));
        dialog = new NewAssessmentDialog(new Texts(Locale.ENGLISH), team, entries, LocalDate.of(2026, 12, 15), List.of(q3));
        dialog.initOwner(stage);
        stage.show();
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(dialog::close);
        store.close();
    }

    @Test
    void startsOnTheCurrentVersionAndSaysWhichAnswersAreAskedAgain(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<CatalogEntry> rubric = robot.lookup("#new-assessment-rubric").queryAs(ComboBox.class);
        assertThat(rubric.getValue().rubric().version()).isEqualTo("2.0.0");
        CheckBox carryOver = robot.lookup("#new-assessment-carry-over").queryAs(CheckBox.class);
        assertThat(carryOver.isSelected()).isTrue();
        assertThat(carryOver.getText()).startsWith("Start from the previous assessment (2026-Q3, 30 Sep 2026)")
                .contains("except the 21 items whose meaning changed from 1.0.0 to 2.0.0");

        robot.interact(() -> rubric.getSelectionModel().select(rubric.getItems().stream()
                .filter(e -> e.rubric().version().equals("1.0.0")).findFirst().orElseThrow()));
        assertThat(carryOver.getText()).doesNotContain("meaning changed");
    }
}
