package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.TransferCancelledException;
import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportResult;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.core.export.Exporter;
import io.debtmeter.core.export.SafeFiles;
import io.debtmeter.core.export.pdf.PageFormat;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Notifications;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Export from any screen: the dialog, a question before replacing a file, the writing in the
 * background (to a temporary file moved into place, see {@link SafeFiles}), and a notice when it is
 * done, with "Open" and "Show in folder", or one that says what went wrong.
 */
public final class ExportFlow {

    static final String FOLDER_SETTING = TransferFolder.SETTING;

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final ExportFormats formats;
    private final Texts texts;
    private final TransferFolder folder;
    private final Notifications notifications;
    private final Consumer<Path> open;

    /**
     * @param open opens a file or folder with the desktop's own program
     */
    public ExportFlow(AssessmentStore store, TaskExecutor executor, ExportFormats formats, Texts texts,
                      TransferFolder folder, Notifications notifications, Consumer<Path> open) {
        this.store = store;
        this.executor = executor;
        this.formats = formats;
        this.texts = texts;
        this.folder = folder;
        this.notifications = notifications;
        this.open = open;
    }

    /**
     * @param baseName the suggested file name without ending, e.g. "search-ranking-2026-Q4-scorecard"
     */
    public void start(Window owner, ExportSubject subject, String baseName) {
        ExportDialog dialog = new ExportDialog(texts, subject, FileNames.safe(baseName), folder.start(), defaultPaper());
        dialog.initOwner(owner);
        Optional<ExportRequest> request = dialog.showAndWait();
        if (request.isEmpty()) {
            return;
        }
        Path target = request.get().target();
        boolean replace = Files.exists(target);
        if (replace && !confirmReplace(owner, target)) {
            return;
        }
        run(subject, request.get(), replace);
    }

    private void run(ExportSubject subject, ExportRequest request, boolean replace) {
        Path target = request.target();
        FxProgress progress = new FxProgress();
        Exporter exporter = formats.exporter(request.option().format(), request.page(), request.option().csv(), progress);
        // Only the exchange file of everything is long, tells its progress and can stop; the others are quick.
        boolean longWork = request.option().format() == ExportFormats.Format.JSON && subject instanceof ExportSubject.Everything;
        String message = texts.get("transfer.export.working", target.getFileName());
        Notifications.Handle working = longWork
                ? notifications.progress(message, progress.fraction(),
                        button("transfer.cancel", "notice-cancel", AppIcon.CANCEL, progress::cancel))
                : notifications.progress(message);
        ExportResult[] result = {ExportResult.COMPLETE};
        executor.execute(() -> SafeFiles.write(target, replace, out -> result[0] = exporter.writeReporting(store, subject, out)),
                written -> {
                    working.close();
                    folder.remember(written.getParent());
                    notifications.done(doneMessage(texts, written, result[0]), result[0].replacedCharacters().isEmpty(),
                            List.of(button("transfer.open", "notice-open", AppIcon.OPEN_FILE, () -> open.accept(written)),
                                    button("transfer.showInFolder", "notice-show-folder", AppIcon.OPEN_FOLDER,
                                            () -> open.accept(written.getParent()))));
                },
                failure -> {
                    working.close();
                    if (failure instanceof TransferCancelledException) {
                        // SafeFiles deleted the temporary file: nothing is left behind, and an old file stays as it was.
                        notifications.done(texts.get("transfer.export.cancelled", target.getFileName()), List.of());
                        return;
                    }
                    notifications.failed(texts.get("transfer.export.failed", target.getFileName(), Failures.message(failure, texts.locale())));
                });
    }

    /** "Exported a.pdf to /home/x", and which characters the PDF shows as "?" when no font has them. */
    static String doneMessage(Texts texts, Path written, ExportResult result) {
        String done = texts.get("transfer.export.done", written.getFileName(), written.getParent());
        int count = result.replacedCharacters().size();
        if (count == 0) {
            return done;
        }
        return done + "\n" + texts.get(count == 1 ? "transfer.export.replaced.one" : "transfer.export.replaced",
                count, result.characterList());
    }

    private boolean confirmReplace(Window owner, Path target) {
        ButtonType replace = new ButtonType(texts.get("transfer.replace.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("transfer.replace.body", target.getParent()),
                replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(texts.get("transfer.export.title"));
        alert.setHeaderText(texts.get("transfer.replace.header", target.getFileName()));
        alert.getDialogPane().setId("replace-dialog");
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private Button button(String key, String id, AppIcon icon, Runnable action) {
        Button button = new Button(texts.get(key), icon.create());
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** North America prints on Letter, the rest of the world on A4. */
    static PageFormat defaultPaper() {
        String country = Locale.getDefault().getCountry();
        return country.equals("US") || country.equals("CA") || country.equals("MX") ? PageFormat.LETTER : PageFormat.A4;
    }
}
