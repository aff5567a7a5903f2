package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.DatabaseDump;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.testsupport.TestStores;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.shell.DebtmeterApp;
import io.debtmeter.ui.shell.MainView;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Export from the screens and File → Import…, clicked and typed through as a person would. */
@ExtendWith(ApplicationExtension.class)
class TransferUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Path database;
    private AssessmentStore store;
    private Scene scene;
    private MainView main;
    private Team sample;
    private Rubric rubric;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        database = folder.resolve("window.db");
        store = SqliteAssessmentStore.open(database);
        UserDirectories directories = new UserDirectories("Linux", Map.of(), folder);
        RubricCatalog catalog = new RubricCatalog(new RubricLoader(), directories.userRubricsFolder());
        rubric = catalog.load().find("ml-technical-debt").orElseThrow().rubric();
        sample = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
        Settings settings = Settings.in(folder);
        settings.put(ExportFlow.FOLDER_SETTING, folder.toString());
        AppServices services = new AppServices(store, catalog, new DirectTaskExecutor(), new ScoreCalculator(), CLOCK,
                new Texts(Locale.ENGLISH), directories, opened::add, settings);
        scene = DebtmeterApp.createScene(services);
        main = (MainView) scene.getRoot();
        stage.setScene(scene);
        TestStages.show(stage);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Assessment latest() {
        return store.assessments(sample.id()).get(0);
    }

    /** The dialog's first button: Export / Import / Replace. */
    private static Node confirmButton(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(0));
    }

    private static Node cancelButton(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(1));
    }

    /** Every text the notices in the corner show. */
    private static String notices(FxRobot robot) {
        return io.debtmeter.testsupport.OnScreen.allText(robot, "#notifications");
    }

    private static void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    @Test
    void theScorecardExportsMarkdownAndTheNoticeOpensIt(FxRobot robot) throws Exception {
        robot.interact(() -> main.showScorecard(latest().id()));
        robot.clickOn("#scorecard-export");
        robot.clickOn("#export-option-markdown");
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        // The suggested name: team, period and what it is, safe for any file system, in the last folder.
        Path expected = folder.resolve("search-ranking-sample-" + latest().period().toLowerCase(Locale.ROOT) + "-scorecard.md");
        assertThat(file.getText()).isEqualTo(expected.toString());
        robot.interact(() -> Screenshots.save(robot.lookup("#export-dialog").queryAs(DialogPane.class).getScene(), "export-dialog"));
        robot.clickOn(confirmButton(robot, "export-dialog"));

        String markdown = Files.readString(expected, StandardCharsets.UTF_8);
        assertThat(markdown).contains(SampleData.TEAM_NAME).contains(latest().period());
        assertThat(notices(robot)).contains("Exported " + expected.getFileName());
        robot.interact(() -> Screenshots.save(scene, "export-done-notice"));
        robot.clickOn("#notice-open");
        assertThat(opened).containsExactly(expected);
        assertThat(robot.lookup("#notice-open").tryQuery()).isEmpty();
    }

    @Test
    void replacingAFileIsAskedFirst(FxRobot robot) throws Exception {
        Path target = folder.resolve("team.md");
        Files.writeString(target, "old notes");
        robot.interact(() -> main.showTeam(sample.id()));

        for (boolean replace : new boolean[] {false, true}) {
            robot.clickOn("#export-team");
            robot.clickOn("#export-option-markdown");
            typeInto(robot, "export-file", target.toString());
            robot.clickOn(confirmButton(robot, "export-dialog"));
            assertThat(robot.lookup("#replace-dialog").tryQuery()).isPresent();
            robot.clickOn(replace ? confirmButton(robot, "replace-dialog") : cancelButton(robot, "replace-dialog"));
            if (!replace) {
                assertThat(Files.readString(target)).isEqualTo("old notes");
            }
        }
        assertThat(Files.readString(target)).contains(SampleData.TEAM_NAME);
    }

    @Test
    void theTrendsScreenExportsItsPdfReport(FxRobot robot) throws Exception {
        robot.interact(() -> main.showTrends(sample.id()));
        robot.clickOn("#trends-export");
        // PDF is the first choice for a team.
        robot.clickOn(confirmButton(robot, "export-dialog"));

        Path pdf = folder.resolve("search-ranking-sample-history.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(SampleData.TEAM_NAME).contains("Page 1 of");
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereAndLeavesNothing(FxRobot robot) throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("card.md");
        robot.interact(() -> main.showScorecard(latest().id()));
        robot.clickOn("#scorecard-export");
        robot.clickOn("#export-option-markdown");
        typeInto(robot, "export-file", missing.toString());
        robot.clickOn(confirmButton(robot, "export-dialog"));

        assertThat(notices(robot)).contains("Could not export card.md").contains("no-such-folder");
        assertThat(missing.getParent()).doesNotExist();
    }

    /** A second database with one team of its own, exported as an exchange file. */
    private Path otherTeamFile() throws Exception {
        Path file = folder.resolve("vision.json");
        try (AssessmentStore other = TestStores.create(folder, "other.db")) {
            Team vision = other.createTeam("Vision");
            Assessment assessment = other.createAssessment(new NewAssessment(vision.id(), rubric, LocalDate.of(2026, 10, 1),
                    "2026-Q4", List.of("Aiko"), Optional.empty()));
            other.saveResponse(assessment.id(), ItemResponse.open(rubric.items().get(0).id()).withAnswer(new Answer.Level(2)));
            try (OutputStream out = Files.newOutputStream(file)) {
                new ExchangeExporter(CLOCK, "Debtmeter test").exportTeam(other, vision.id(), out);
            }
        }
        return file;
    }

    @Test
    void importShowsWhatWillBeAddedBeforeWritingThenImports(FxRobot robot) throws Exception {
        Path file = otherTeamFile();
        String before = DatabaseDump.of(database);

        robot.clickOn("#menu-file");
        robot.clickOn("Import\u2026");
        typeInto(robot, "import-file", file.toString());
        robot.clickOn("#import-preview");

        String status = robot.lookup("#import-status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Will add: 1 team, 1 assessment");
        assertThat(DatabaseDump.of(database)).as("a preview writes nothing").isEqualTo(before);
        robot.interact(() -> Screenshots.save(robot.lookup("#import-dialog").queryAs(DialogPane.class).getScene(), "import-preview"));
        robot.clickOn(confirmButton(robot, "import-dialog"));

        assertThat(robot.lookup("#import-dialog").tryQuery()).isEmpty();
        assertThat(store.teams()).extracting(Team::name).contains("Vision", SampleData.TEAM_NAME);
        // The team and its one assessment are new; nothing else is in the file.
        assertThat(notices(robot)).contains("Imported: 2 added, 0 updated");
        @SuppressWarnings("unchecked")
        ListView<Team> teams = robot.lookup("#team-list").queryAs(ListView.class);
        assertThat(teams.getItems()).extracting(Team::name).contains("Vision");
    }

    @Test
    void aLongErrorWrapsInsideTheImportDialog(FxRobot robot) throws Exception {
        // Issue 19: the error for a bad file ran past the dialog's edge. A long path makes both the
        // status line and the problem line far wider than the dialog.
        Path deep = Files.createDirectories(folder.resolve("exports-from-the-quarterly-retrospective-of-the-search-ranking-team")
                .resolve("copied-from-the-shared-drive-before-the-planning-meeting"));
        Path broken = deep.resolve("search-ranking-assessments-2026-with-everything-the-team-wrote.json");
        Files.writeString(broken, "{\"format\": \"debtmeter-exchange\", \"formatVersion\": 1, \"teams\": [");

        robot.clickOn("#menu-file");
        robot.clickOn("Import\u2026");
        typeInto(robot, "import-file", broken.toString());
        robot.clickOn("#import-preview");

        DialogPane pane = robot.lookup("#import-dialog").queryAs(DialogPane.class);
        Label status = robot.lookup("#import-status").queryAs(Label.class);
        assertThat(status.getText()).contains(broken.toString());
        robot.interact(() -> Screenshots.save(pane.getScene(), "import-long-error"));
        assertThat(Legibility.truncated(pane.getScene())).isEmpty();
        // The file field scrolls its long path inside itself (clipped, as text fields do): not a cut.
        assertThat(Legibility.overflowing(pane.getScene()))
                .filteredOn(problem -> !problem.contains("'" + broken + "'")).isEmpty();
        // Wrapped, not cut: the status is taller than one line and ends inside the dialog.
        double right = status.localToScene(status.getBoundsInLocal()).getMaxX();
        assertThat(right).isLessThanOrEqualTo(pane.getWidth());
        assertThat(status.getHeight()).isGreaterThan(status.getFont().getSize() * 2);
        robot.clickOn(cancelButton(robot, "import-dialog"));
    }

    @Test
    void aBrokenFileIsExplainedAndNothingIsWritten(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"debtmeter-exchange\", \"formatVersion\": 1, \"teams\": [");
        String before = DatabaseDump.of(database);

        robot.clickOn("#menu-file");
        robot.clickOn("Import\u2026");
        typeInto(robot, "import-file", broken.toString());
        robot.clickOn("#import-preview");

        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText())
                .isEqualTo("Nothing can be imported: " + broken + " has 1 problem(s). Nothing was changed.");
        @SuppressWarnings("unchecked")
        ListView<String> details = robot.lookup("#import-details").queryAs(ListView.class);
        // The file ends inside the teams array, on its only line.
        assertThat(details.getItems()).hasSize(1).allMatch(line -> line.startsWith(broken + ":1:"));
        assertThat(confirmButton(robot, "import-dialog").isDisabled()).isTrue();
        robot.clickOn(cancelButton(robot, "import-dialog"));
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }
}
