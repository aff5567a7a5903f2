package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Closing the window while answers wait for the shared database (issue 24): export them to an
 * exchange file that {@code import} merges later, keep waiting for the server, or close without
 * them. The file's place is filled in (the documents folder) and can be changed by typing.
 */
final class UnsavedAnswersDialog extends Dialog<UnsavedAnswersDialog.Choice> {

    /** What the person chose. */
    sealed interface Choice {
        record Export(Path file) implements Choice {
        }

        record CloseWithout() implements Choice {
        }
    }

    UnsavedAnswersDialog(Texts texts, int unsaved, Path suggested) {
        setTitle(texts.get("wizard.unsavedOnClose.title"));
        setHeaderText(texts.get("wizard.unsavedOnClose.header", unsaved));
        ButtonType export = new ButtonType(texts.get("wizard.unsavedOnClose.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(texts.get("wizard.unsavedOnClose.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType wait = new ButtonType(texts.get("wizard.unsavedOnClose.wait"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(export, discard, wait);
        getDialogPane().setId("unsaved-on-close");
        getDialogPane().lookupButton(export).setId("unsaved-export");
        getDialogPane().lookupButton(discard).setId("unsaved-discard");
        getDialogPane().lookupButton(discard).getStyleClass().add("danger");
        getDialogPane().lookupButton(wait).setId("unsaved-wait");
        Label explanation = new Label(texts.get("wizard.unsavedOnClose.explanation"));
        explanation.setWrapText(true);
        TextField file = new TextField(suggested.toString());
        file.setId("unsaved-file");
        Label fileLabel = new Label(texts.get("wizard.unsavedOnClose.file"));
        fileLabel.setLabelFor(file);
        VBox content = new VBox(10, explanation, fileLabel, file);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        setResultConverter(button -> {
            if (button == export) {
                return new Choice.Export(Path.of(file.getText().strip()).toAbsolutePath());
            }
            return button == discard ? new Choice.CloseWithout() : null;
        });
    }

    /** Shown and waited for; empty when the person chose to keep waiting (or closed the dialog). */
    Optional<Choice> ask() {
        return showAndWait();
    }
}
