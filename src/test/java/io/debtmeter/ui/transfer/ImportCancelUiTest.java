package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeFixture;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.storage.DatabaseDump;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.QueuedTaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Import dialog's Cancel while the work is still to run: the work is held (as if the worker
 * were busy) so the test can press Cancel in between, then let it run.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCancelUiTest {

    @TempDir
    Path folder;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private AssessmentStore store;
    private Path database;
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        database = folder.resolve("window.db");
        store = SqliteAssessmentStore.open(database);
        TestStages.showStyled(stage, new StackPane());
        dialog = new ImportDialog(new Texts(Locale.ENGLISH), executor, new ExchangeReader(), new ExchangeImporter(store), folder);
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void cancellingAnImportUndoesItAndClosesTheDialog(FxRobot robot) throws Exception {
        Path file = Files.write(folder.resolve("everything.json"), ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        String before = DatabaseDump.of(database);
        DialogPane pane = robot.lookup("#import-dialog").queryAs(DialogPane.class);
        ProgressBar bar = robot.lookup("#import-progress").queryAs(ProgressBar.class);
        Label status = robot.lookup("#import-status").queryAs(Label.class);

        robot.interact(() -> {
            robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString());
            robot.lookup("#import-preview").queryAs(Button.class).fire();
        });
        assertThat(bar.isVisible()).as("a bar while the file is read").isTrue();
        robot.interact(executor::runAll);
        assertThat(bar.isVisible()).isFalse();
        assertThat(status.getText()).startsWith("Will add: 2 teams, 3 assessments, 2 actions.");

        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        assertThat(bar.isVisible()).as("a bar while the import waits to run").isTrue();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(dialog.isShowing()).as("Cancel waits for the work to stop").isTrue();
        assertThat(status.getText()).isEqualTo("Stopping\u2026 nothing will be changed.");

        robot.interact(executor::runAll);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(store.teams()).isEmpty();
        assertThat(DatabaseDump.of(database)).isEqualTo(before);
    }

    @Test
    void cancellingThePreviewStopsTheReadingAndClosesTheDialog(FxRobot robot) throws Exception {
        Path file = Files.write(folder.resolve("everything.json"), ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        DialogPane pane = robot.lookup("#import-dialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString());
            robot.lookup("#import-preview").queryAs(Button.class).fire();
            ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
        });
        assertThat(dialog.isShowing()).as("Cancel waits for the reading to stop").isTrue();

        robot.interact(executor::runAll);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(store.teams()).isEmpty();
    }
}
