package io.debtmeter.ui.transfer;

import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.core.export.pdf.PageFormat;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Asks what to export and where: one choice per kind of file, the paper size for PDF, and the file,
 * typed or picked with "Browse…". The file name follows the chosen kind (".pdf", "-actions.csv"), so
 * switching kinds never leaves a PDF named ".md".
 */
final class ExportDialog extends Dialog<ExportRequest> {

    private final Texts texts;
    private final ToggleGroup kinds = new ToggleGroup();
    private final ComboBox<PageFormat> paper = new ComboBox<>();
    private final TextField file = new TextField();
    private final String baseName;
    private ExportOption chosen;

    ExportDialog(Texts texts, ExportSubject subject, String baseName, Path folder, PageFormat defaultPaper) {
        this.texts = texts;
        this.baseName = baseName;
        setTitle(texts.get("transfer.export.title"));
        setHeaderText(texts.get("transfer.export.header", texts.get("transfer.subject." + subjectKey(subject))));
        getDialogPane().setId("export-dialog");
        ButtonType export = new ButtonType(texts.get("transfer.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        List<ExportOption> options = ExportOption.forSubject(subject);
        VBox choices = new VBox(6);
        for (ExportOption option : options) {
            RadioButton button = new RadioButton(texts.get("transfer.option." + option.name()));
            button.setId("export-option-" + option.name().toLowerCase(Locale.ROOT));
            button.setUserData(option);
            button.setToggleGroup(kinds);
            Label hint = new Label(texts.get("transfer.option." + option.name() + ".hint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            hint.setPadding(new Insets(0, 0, 4, 26));
            choices.getChildren().addAll(button, hint);
        }

        paper.setId("export-paper");
        paper.getItems().setAll(PageFormat.values());
        paper.setValue(defaultPaper);
        paper.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PageFormat format) {
                return format == null ? "" : texts.get("transfer.paper." + format.name());
            }

            @Override
            public PageFormat fromString(String text) {
                return null;
            }
        });
        Label paperLabel = new Label(texts.get("transfer.paper"));
        paperLabel.setLabelFor(paper);
        HBox paperRow = new HBox(10, paperLabel, paper);
        paperRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        file.setId("export-file");
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(texts.get("transfer.browse"), AppIcon.OPEN_FOLDER.create());
        browse.setId("export-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> browse());
        Label fileLabel = new Label(texts.get("transfer.file"));
        fileLabel.setLabelFor(file);
        HBox fileRow = new HBox(8, file, browse);

        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            ExportOption next = now == null ? null : (ExportOption) now.getUserData();
            renameFor(next);
            paperRow.setVisible(next == ExportOption.PDF);
            paperRow.setManaged(next == ExportOption.PDF);
        });
        file.setText(folder.resolve(baseName + options.get(0).fileSuffix()).toString());
        kinds.selectToggle(kinds.getToggles().get(0));

        VBox content = new VBox(12, choices, paperRow, fileLabel, fileRow);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        setResultConverter(button -> button == export
                ? new ExportRequest(chosen, paper.getValue(), Path.of(file.getText().trim()).toAbsolutePath())
                : null);
    }

    /** Keeps a name the user typed, but gives it the chosen kind's ending. */
    private void renameFor(ExportOption next) {
        String text = file.getText();
        if (chosen != null && next != null && text.endsWith(chosen.fileSuffix())) {
            file.setText(text.substring(0, text.length() - chosen.fileSuffix().length()) + next.fileSuffix());
        }
        chosen = next;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("transfer.export.title"));
        Path current = Path.of(file.getText().isBlank() ? baseName : file.getText()).toAbsolutePath();
        File parent = current.getParent() == null ? null : current.getParent().toFile();
        if (parent != null && parent.isDirectory()) {
            chooser.setInitialDirectory(parent);
        }
        chooser.setInitialFileName(current.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                texts.get("transfer.option." + chosen.name()), "*." + chosen.extension()));
        File picked = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (picked != null) {
            file.setText(picked.getAbsolutePath());
        }
    }

    private static String subjectKey(ExportSubject subject) {
        if (subject instanceof ExportSubject.OneAssessment) {
            return "assessment";
        }
        if (subject instanceof ExportSubject.OneTeam) {
            return "team";
        }
        return subject instanceof ExportSubject.Comparison ? "comparison" : "everything";
    }
}
