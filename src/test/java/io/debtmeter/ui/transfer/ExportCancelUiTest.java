package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.testsupport.OnScreen;
import io.debtmeter.testsupport.TestWindows;
import io.debtmeter.ui.shell.AppServices;
import io.debtmeter.ui.task.QueuedTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Export everything…, then Cancel on its progress notice, as a person would: the work is
 * held (as if the worker were busy) so the test can press Cancel before it runs, then let it run.
 */
@ExtendWith(ApplicationExtension.class)
class ExportCancelUiTest {

    @TempDir
    Path folder;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private AssessmentStore store;

    @Start
    void start(Stage stage) throws Exception {
        store = SqliteAssessmentStore.open(folder.resolve("window.db"));
        Settings settings = Settings.in(folder);
        settings.put(ExportFlow.FOLDER_SETTING, folder.toString());
        AppServices services = TestWindows.services(store, folder, executor, settings, path -> { });
        new SampleData(store).load(services.catalog().load().find("ml-technical-debt").orElseThrow().rubric(),
                LocalDate.of(2026, 11, 15));
        TestWindows.show(stage, services);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void cancellingANewExportLeavesNoFileBehind(FxRobot robot) throws Exception {
        Path target = folder.resolve("everything.json");

        exportEverythingTo(robot, target);
        cancelOnTheNotice(robot);

        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(OnScreen.allText(robot, "#notifications")).contains("Export of everything.json cancelled: no file was written.");
    }

    @Test
    void cancellingAnExportThatWouldReplaceAFileLeavesTheOldFileAsItWas(FxRobot robot) throws Exception {
        Path target = Files.writeString(folder.resolve("everything.json"), "{\"an\": \"older export\"}", StandardCharsets.UTF_8);

        exportEverythingTo(robot, target);
        robot.clickOn(firstButton(robot, "replace-dialog"));
        cancelOnTheNotice(robot);

        assertThat(target).hasContent("{\"an\": \"older export\"}");
        assertThat(leftovers()).isEmpty();
    }

    private void exportEverythingTo(FxRobot robot, Path target) {
        robot.interact(executor::runAll);
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-export-all");
        robot.clickOn("#export-option-json");
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(target.toString()));
        robot.clickOn(firstButton(robot, "export-dialog"));
    }

    private void cancelOnTheNotice(FxRobot robot) {
        assertThat(executor.pending()).as("the export waits for the worker").isPositive();
        robot.clickOn("#notice-cancel");
        robot.interact(executor::runAll);
        assertThat(robot.lookup("#notice-cancel").tryQuery()).as("the progress notice is gone").isEmpty();
    }

    /** The first button of a dialog: Export, Replace. */
    private static Node firstButton(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(0));
    }

    /** Files in the export folder besides the database, its companions and the settings. */
    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("window.db") && !name.equals("everything.json")
                            && !name.endsWith(".properties") && !Files.isDirectory(folder.resolve(name)))
                    .toList();
        }
    }
}
