package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.core.storage.DatabaseFiles;
import io.debtmeter.ui.Screenshots;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad database files at start-up: the window explains and offers a way on, and the file is left alone. */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppWindow window;
    private final List<Path> openedFolders = new ArrayList<>();

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        window = new AppWindow(stage, new UserDirectories("Linux", Map.of(), folder), new Texts(Locale.ENGLISH),
                new DirectTaskExecutor(), StoreOpenings.SQLITE, openedFolders::add);
        stage.show();
    }

    @AfterEach
    void closeStore() {
        window.close();
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
        Path future = folder.resolve("future.db");
        DatabaseFiles.newerVersionFile(future);
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
