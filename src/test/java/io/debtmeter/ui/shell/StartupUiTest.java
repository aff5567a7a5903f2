package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.teams.AssessmentRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.storage.DatabaseBackups;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Random;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad database files at start-up: the window explains and offers a way on, and the file is left alone. */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest extends WithAppWindow {

    private final List<Path> openedFolders = new ArrayList<>();

    @Start
    void start(Stage primaryStage) {
        newWindow(primaryStage, Locale.ENGLISH, openedFolders::add);
        TestStages.show(stage);
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndLeftAlone(FxRobot robot) throws Exception {
        Path notes = folder.resolve("notes.db");
        Files.writeString(notes, "notes for the retro\n");

        robot.interact(() -> window.open(notes, false));

        assertThat(text(robot, "#startup-problem")).contains(notes.toString()).contains("not an SQLite file");
        assertThat(robot.lookup("#startup-choose-file").query().isVisible()).isTrue();
        assertThat(robot.lookup("#startup-read-only").query().isVisible()).isFalse();
        assertThat(Files.readString(notes)).isEqualTo("notes for the retro\n");
        robot.interact(() -> Screenshots.save(stage.getScene(), "startup-not-sqlite"));
    }

    @Test
    void aFileFromANewerVersionCanBeViewedReadOnlyAndStaysByteForByteTheSame(FxRobot robot) throws Exception {
        Path future = newerVersionFile();
        byte[] before = Files.readAllBytes(future);

        robot.interact(() -> window.open(future, false));
        assertThat(text(robot, "#startup-problem")).contains("newer version of Debtmeter");

        robot.clickOn("#startup-read-only");

        assertThat(window.store().isReadOnly()).isTrue();
        assertThat(robot.lookup("#team-list").queryListView().getItems()).hasSize(1);
        assertThat(stage.getTitle()).endsWith("(read-only)");
        assertThat(Files.readAllBytes(future)).isEqualTo(before);
    }

    @Test
    void aGoodFileOpensOnTeamsAndAboutShowsWhereItLives(FxRobot robot) {
        Path database = folder.resolve("data").resolve("debtmeter.db");

        robot.interact(() -> window.open(database, false));
        robot.clickOn("#nav-about");

        assertThat(robot.lookup("#about-database").queryAs(TextField.class).getText()).isEqualTo(database.toString());
        robot.clickOn("#about-database-open");
        assertThat(openedFolders).containsExactly(database.getParent());
        robot.interact(() -> Screenshots.save(stage.getScene(), "about"));
    }

    @Test
    void aHeadStartThatHasFinishedOpensStraightOnTheTeamsItRead(FxRobot robot) throws Exception {
        Path database = folder.resolve("head-start.db");
        try (var store = SqliteAssessmentStore.open(database)) {
            Team fraud = store.createTeam("Fraud models");
            store.createTeam("Ranking");
            store.createAssessment(new NewAssessment(fraud.id(), TestRubrics.tiny(), LocalDate.of(2026, 10, 1),
                    "2026-Q4", List.of("Ana"), Optional.empty()));
        }
        HeadStart headStart = HeadStart.begin(database, StoreOpener.SQLITE);
        awaitDone(headStart);

        List<Object> rootsShown = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().rootProperty().addListener((obs, old, root) -> rootsShown.add(root));
            window.open(headStart);
        });

        // The teams and the first team's assessments come with the head start, so the first screen
        // already shows them; "Opening…" never shows.
        assertThat(rootsShown).hasSize(1).allMatch(MainView.class::isInstance);
        assertThat(robot.lookup("#team-list").queryListView().getItems())
                .extracting(team -> ((Team) team).name())
                .containsExactlyInAnyOrder("Fraud models", "Ranking");
        assertThat(robot.lookup("#team-list").queryListView().getSelectionModel().getSelectedItem())
                .extracting(team -> ((Team) team).name()).isEqualTo("Fraud models");
        assertThat(robot.lookup("#assessment-table").queryTableView().getItems())
                .extracting(row -> ((AssessmentRow) row).assessment().period()).containsExactly("2026-Q4");
        assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 head-start.db");
    }

    @Test
    void aHeadStartStillOpeningShowsProgressThenTheTeams(FxRobot robot) throws Exception {
        Path database = folder.resolve("slow.db");
        CountDownLatch release = new CountDownLatch(1);
        HeadStart headStart = HeadStart.begin(database, (file, readOnly) -> {
            release.await();
            return StoreOpener.SQLITE.open(file, readOnly);
        });

        robot.interact(() -> window.open(headStart));
        assertThat(robot.lookup("#startup").tryQuery()).isPresent();
        assertThat(robot.lookup(".progress-indicator").tryQuery()).isPresent();

        release.countDown();
        awaitDone(headStart);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#teams-empty").query().isVisible()).isTrue();
        assertThat(window.store().location()).isEqualTo(database);
    }

    @Test
    void aHeadStartThatFailsIsExplainedLikeAnyOpening(FxRobot robot) throws Exception {
        Path future = newerVersionFile();
        byte[] before = Files.readAllBytes(future);
        HeadStart headStart = HeadStart.begin(future, StoreOpener.SQLITE);
        awaitDone(headStart);

        robot.interact(() -> window.open(headStart));

        assertThat(text(robot, "#startup-problem")).contains("newer version of Debtmeter");
        assertThat(robot.lookup("#startup-read-only").query().isVisible()).isTrue();
        robot.clickOn("#startup-read-only");
        assertThat(window.store().isReadOnly()).isTrue();
        assertThat(Files.readAllBytes(future)).isEqualTo(before);
    }

    @Test
    void aStoreThatArrivesAfterTheWindowClosedIsClosedNotLeftOpen(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<AssessmentStore> opened = new ArrayList<>();
        HeadStart headStart = HeadStart.begin(folder.resolve("late.db"), (file, readOnly) -> {
            release.await();
            var store = StoreOpener.SQLITE.open(file, readOnly);
            opened.add(store);
            return store;
        });
        robot.interact(() -> window.open(headStart));

        robot.interact(window::close);
        release.countDown();
        awaitDone(headStart);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.store()).isNull();
        assertThat(opened).hasSize(1);
        assertThatThrownBy(() -> opened.get(0).teams()).isInstanceOf(RuntimeException.class);
    }

    /**
     * Issue 17: a file damaged on disk (a page of noise, as with dd) is found by the check after the
     * open; the window shows the problem and restores the newest backup, keeping the damaged file.
     */
    @Test
    void aDamagedFileIsExplainedAndItsNewestBackupRestored(FxRobot robot) throws Exception {
        Path file = folder.resolve("damaged.db");
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            new SampleData(store).load(TestRubrics.defaultRubric(), LocalDate.of(2026, 11, 15));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new DatabaseBackups(Clock.systemUTC()).backUp(connection, file, "test");
        }
        byte[] content = Files.readAllBytes(file);
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        System.arraycopy(noise, 0, content, 2 * 4096, 4096);
        Files.write(file, content);

        robot.interact(() -> window.open(file, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#startup-restore").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, "#startup-problem")).contains(file + " is damaged: ").contains("The newest backup is ");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        robot.interact(() -> Screenshots.save(stage.getScene(), "startup-damaged"));

        robot.clickOn("#startup-restore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.store() != null);

        assertThat(window.store().teams()).extracting(Team::name).containsExactly(SampleData.TEAM_NAME);
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("damaged.db.damaged-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(content);
        }
    }

    /** Waits (off the FX thread) until the head start has its outcome. */
    private static void awaitDone(HeadStart headStart) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        headStart.whenDone((opened, failure) -> done.countDown());
        assertThat(done.await(20, TimeUnit.SECONDS)).as("head start finished").isTrue();
    }
}
