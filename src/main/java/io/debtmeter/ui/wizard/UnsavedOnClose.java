package io.debtmeter.ui.wizard;

import io.debtmeter.core.platform.UserDirectories;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the wizard does when the window is closed with changes the store has not taken: asks
 * ({@link UnsavedAnswersDialog}), writes the exchange file the person chose, and lets the window close
 * only when nothing would be lost without them deciding it.
 */
final class UnsavedOnClose {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final WizardViewModel viewModel;
    private final Texts texts;
    private final Clock clock;

    UnsavedOnClose(WizardViewModel viewModel, Texts texts, Clock clock) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.clock = clock;
    }

    void offer(Window owner, Runnable close) {
        viewModel.saveDrafts();
        Path suggested = UserDirectories.ofThisMachine().documentsFolder()
                .resolve("debtmeter-unsaved-" + STAMP.format(LocalDateTime.now(clock)) + ".json");
        UnsavedAnswersDialog dialog = new UnsavedAnswersDialog(texts, viewModel.saving().unsavedCount(), suggested);
        dialog.initOwner(owner);
        dialog.ask().ifPresent(choice -> {
            if (choice instanceof UnsavedAnswersDialog.Choice.Export(Path file)) {
                export(owner, file, close);
            } else {
                closeNow(close);
            }
        });
    }

    /** The person decided: nothing waits for the server any more, then the window or the wizard closes. */
    private void closeNow(Runnable close) {
        viewModel.sharing().stopLooking();
        close.run();
    }

    /** A small local file, written where it is asked for: the worker may be waiting for the server. */
    private void export(Window owner, Path file, Runnable close) {
        try {
            viewModel.sharing().exportHeld(file, clock);
            closeNow(close);
        } catch (IOException | RuntimeException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, texts.get("wizard.unsavedOnClose.failed", e.getMessage()));
            failed.initOwner(owner);
            failed.getDialogPane().setId("unsaved-export-failed");
            failed.showAndWait();
        }
    }
}
