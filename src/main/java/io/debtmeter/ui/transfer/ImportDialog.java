package io.debtmeter.ui.transfer;

import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.exchange.InvalidExchangeFileException;
import io.debtmeter.core.exchange.PlanEntry;
import io.debtmeter.core.exchange.PlanOutdatedException;
import io.debtmeter.core.exchange.TransferCancelledException;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import in two steps, so nothing is written before the user has seen what will change: pick a file
 * and "Preview" (read, checked and compared with the database in the background), then "Import"
 * (one transaction). Both read the file as a stream in the background, with a progress bar (the
 * share of the file read); Cancel (or closing the window) stops them, and a stopped import is rolled
 * back. A bad file gets its problems listed with line and column, and the Import button stays off.
 * The dialog's result is the plan as carried out, or nothing.
 */
final class ImportDialog extends Dialog<ImportPlan> {

    private final Texts texts;
    private final TaskExecutor executor;
    private final ExchangeReader reader;
    private final ExchangeImporter importer;
    private final TextField file = new TextField();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ProgressBar bar = new ProgressBar();
    private final ListView<String> details = new ListView<>();
    private final Node importButton;
    private ImportPlan plan;
    /** The work running now (reading or importing), which Cancel stops; null when none runs. */
    private FxProgress running;

    ImportDialog(Texts texts, TaskExecutor executor, ExchangeReader reader, ExchangeImporter importer, Path folder) {
        this.texts = texts;
        this.executor = executor;
        this.reader = reader;
        this.importer = importer;
        setTitle(texts.get("transfer.import.title"));
        setHeaderText(texts.get("transfer.import.header"));
        getDialogPane().setId("import-dialog");
        ButtonType importType = new ButtonType(texts.get("transfer.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        // While the file is read or imported, Cancel (or closing the window) stops the work first: an import's
        // transaction is rolled back, and the dialog closes once nothing is left half done.
        getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, event -> {
            if (running != null) {
                event.consume();
                stop();
            }
        });
        setOnCloseRequest(event -> {
            if (running != null) {
                event.consume();
                stop();
            }
        });
        importButton = getDialogPane().lookupButton(importType);
        importButton.setId("import-confirm");
        importButton.setDisable(true);
        // Importing runs in the background; the dialog closes only when it has succeeded.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            apply();
        });

        file.setId("import-file");
        file.setPromptText(folder.resolve("team.json").toString());
        file.textProperty().addListener((obs, old, now) -> forget());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(texts.get("transfer.browse"), AppIcon.OPEN_FOLDER.create());
        browse.setId("import-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> browse(folder));
        Button preview = new Button(texts.get("transfer.import.preview"), AppIcon.IMPORT.create());
        preview.setId("import-preview");
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.setDefaultButton(false);
        preview.disableProperty().bind(file.textProperty().isEmpty());
        preview.setOnAction(event -> preview());
        file.setOnAction(event -> preview());
        Label fileLabel = new Label(texts.get("transfer.file"));
        fileLabel.setLabelFor(file);

        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        busy.setPrefSize(20, 20);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        status.setId("import-status");
        // The status sits straight in the column, its spinner as its graphic: a long message (a bad file's
        // path and problem) then wraps inside the dialog instead of running past its edge.
        status.setGraphic(busy);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        details.setId("import-details");
        details.setPrefHeight(220);
        details.setPlaceholder(new Label(texts.get("transfer.import.nothingYet")));
        details.setCellFactory(list -> new WrappingCell());

        VBox content = new VBox(10, fileLabel, new HBox(8, file, browse, preview), status, bar, details);
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        setResultConverter(button -> null);
    }

    /** A line of the preview or of a file's problems, wrapped to the list's width: a problem can be long. */
    private static final class WrappingCell extends ListCell<String> {

        WrappingCell() {
            setWrapText(true);
            // No width of its own: the list gives the cell its width, and the cell's height follows the wrapped text.
            setPrefWidth(0);
            // The theme fixes list cells at 2.8em; 24px is the skin's "no fixed size" value, so the height is the text's.
            setStyle("-fx-cell-size: 24px; -fx-padding: 0.35em 0.5em;");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private void browse(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("transfer.import.title"));
        if (folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("transfer.option.JSON"), "*.json"));
        File picked = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (picked != null) {
            file.setText(picked.getAbsolutePath());
            preview();
        }
    }

    private void forget() {
        plan = null;
        importButton.setDisable(true);
    }

    /** Reads and checks the file as a stream, comparing each team with the database as it comes. */
    private void preview() {
        if (running != null) {
            return;
        }
        Path path = Path.of(file.getText().trim()).toAbsolutePath();
        FxProgress progress = working(texts.get("transfer.import.checking", path.getFileName()));
        executor.execute(() -> importer.plan(reader, path, progress), this::showPlan, this::showFailure);
    }

    private void apply() {
        if (plan == null) {
            return;
        }
        importButton.setDisable(true);
        FxProgress progress = working(texts.get("transfer.import.writing"));
        ImportPlan planned = plan;
        executor.execute(() -> importer.apply(planned, progress), done -> {
            running = null;
            setResult(done);
            close();
        }, failure -> {
            if (failure instanceof TransferCancelledException) {
                running = null;
                close();
                return;
            }
            if (failure instanceof PlanOutdatedException) {
                // Someone changed the database (or the file) since the preview: show the new preview instead.
                idle();
                preview();
                return;
            }
            showFailure(failure);
        });
    }

    private void showPlan(ImportPlan planned) {
        idle();
        plan = planned;
        status.getStyleClass().remove("danger");
        status.setText(summary(planned));
        details.getItems().setAll(planned.entries().stream()
                .filter(entry -> entry.outcome() != PlanEntry.Outcome.UNCHANGED)
                .map(this::line)
                .toList());
        importButton.setDisable(!planned.changesSomething());
    }

    private void showFailure(Throwable failure) {
        idle();
        plan = null;
        importButton.setDisable(true);
        if (!status.getStyleClass().contains("danger")) {
            status.getStyleClass().add("danger");
        }
        if (failure instanceof TransferCancelledException) {
            // Cancel stopped the reading: the dialog closes, as Cancel does when nothing runs.
            close();
            return;
        }
        if (failure instanceof InvalidExchangeFileException invalid) {
            status.setText(texts.get("transfer.import.invalid", invalid.source(), invalid.problems().size()));
            details.getItems().setAll(invalid.problems().stream().map(p -> p.describe(texts.locale())).toList());
        } else {
            status.setText(texts.get("transfer.import.failed", Failures.message(failure, texts.locale())));
            details.getItems().clear();
        }
    }

    private FxProgress working(String message) {
        running = new FxProgress();
        busy.setVisible(true);
        bar.progressProperty().bind(running.fraction());
        bar.setVisible(true);
        status.getStyleClass().remove("danger");
        status.setText(message);
        return running;
    }

    private void idle() {
        running = null;
        busy.setVisible(false);
        bar.progressProperty().unbind();
        bar.setVisible(false);
    }

    private void stop() {
        running.cancel();
        status.setText(texts.get("transfer.import.cancelling"));
    }

    /** "Adds 1 team, 4 assessments and 3 actions; updates 1 assessment; 2 conflicts are left as they are." */
    String summary(ImportPlan planned) {
        String adds = counts(planned, PlanEntry.Outcome.ADD);
        String updates = counts(planned, PlanEntry.Outcome.UPDATE);
        long conflicts = planned.count(PlanEntry.Outcome.CONFLICT);
        long unchanged = planned.count(PlanEntry.Outcome.UNCHANGED);
        if (!planned.changesSomething()) {
            return conflicts == 0 ? texts.get("transfer.import.nothingToDo", unchanged)
                    : texts.get("transfer.import.onlyConflicts", conflicts);
        }
        return texts.get("transfer.import.plan", adds.isEmpty() ? texts.get("transfer.import.none") : adds,
                updates.isEmpty() ? texts.get("transfer.import.none") : updates, unchanged, conflicts);
    }

    private String counts(ImportPlan planned, PlanEntry.Outcome outcome) {
        List<String> parts = new ArrayList<>();
        for (PlanEntry.Kind kind : PlanEntry.Kind.values()) {
            long count = planned.count(kind, outcome);
            if (count > 0) {
                parts.add(texts.get("transfer.kind." + kind.name() + (count == 1 ? ".one" : ".many"), count));
            }
        }
        return String.join(", ", parts);
    }

    private String line(PlanEntry entry) {
        String what = texts.get("transfer.outcome." + entry.outcome().name()) + " \u00b7 "
                + texts.get("transfer.kind." + entry.kind().name() + ".name") + " \u00b7 " + entry.name();
        return entry.reason().isEmpty() ? what : what + " \u2014 " + entry.reason();
    }
}
