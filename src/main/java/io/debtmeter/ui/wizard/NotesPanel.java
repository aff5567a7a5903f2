package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * The item's note and evidence links. Typing is handed to the view model at once and stored after a
 * short pause, when the field loses focus, or when the facilitator moves on: nothing typed is lost.
 */
final class NotesPanel extends VBox {

    /** Long enough not to write on every keystroke, short enough that a crash loses at most a few words. */
    static final Duration NOTE_SAVE_DELAY = Duration.millis(600);

    private final WizardViewModel viewModel;
    private final NotesState notes;
    private final Texts texts;
    private final TextArea note = new TextArea();
    private final VBox links = new VBox(4);
    private final TextField newLink = new TextField();
    private final Button addLink = new Button();
    private final PauseTransition pause = new PauseTransition(NOTE_SAVE_DELAY);

    NotesPanel(WizardViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.notes = viewModel.notes();
        this.texts = texts;
        createView();
        initListeners();
    }

    private void createView() {
        setId("wizard-notes");
        getStyleClass().addAll(AppCss.FRAMED_CARD, WizardCss.SCREEN.panel());
        Label noteTitle = title(texts.get("wizard.note"));
        noteTitle.setLabelFor(note);
        note.setId("wizard-note");
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.setPromptText(texts.get("wizard.note.prompt"));
        note.setAccessibleText(texts.get("wizard.note"));

        Label linksTitle = title(texts.get("wizard.evidence"));
        linksTitle.setLabelFor(newLink);
        links.setId("wizard-evidence-list");
        newLink.setId("wizard-evidence-field");
        newLink.setPromptText(texts.get("wizard.evidence.prompt"));
        newLink.setAccessibleText(texts.get("wizard.evidence.prompt"));
        HBox.setHgrow(newLink, Priority.ALWAYS);
        addLink.setText(texts.get("wizard.evidence.add"));
        addLink.setGraphic(AppIcon.ADD.create());
        addLink.setId("wizard-evidence-add");
        addLink.setAccessibleText(texts.get("wizard.evidence.add"));
        HBox addRow = new HBox(8, newLink, addLink);
        addRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(noteTitle, note, linksTitle, links, addRow);
    }

    void focusNote() {
        note.requestFocus();
    }

    private void initListeners() {
        note.textProperty().addListener((obs, old, text) -> {
            notes.editNote(text);
            pause.playFromStart();
        });
        pause.setOnFinished(event -> notes.commitNote());
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                notes.commitNote();
            }
        });
        newLink.textProperty().addListener((obs, old, text) -> notes.setEvidenceDraft(text));
        addLink.setOnAction(event -> addLink());
        newLink.setOnAction(event -> addLink());
        // The note is set from the model when the item changes, so the caret never jumps while typing, and
        // when another person's note replaced it (what is typed here is the response's note, so typing
        // never differs from it).
        viewModel.currentProperty().addListener((obs, old, item) -> showNote());
        viewModel.currentResponseProperty().addListener((obs, old, response) -> {
            if (response != null && !response.note().equals(note.getText())) {
                showNote();
            } else {
                showLinks(response);
            }
        });
        viewModel.readOnlyProperty().addListener((obs, old, readOnly) -> setEditable(!readOnly));
        showNote();
        setEditable(!viewModel.readOnlyProperty().get());
    }

    private void addLink() {
        notes.addEvidence(newLink.getText());
        newLink.clear();
    }

    private void showNote() {
        ItemResponse response = viewModel.currentResponseProperty().get();
        pause.stop();
        note.setText(response == null ? "" : response.note());
        // Text left in the field was added to the item we left (WizardViewModel.saveDrafts).
        newLink.clear();
        showLinks(response);
    }

    private void showLinks(ItemResponse response) {
        List<String> evidence = response == null ? List.of() : response.evidenceLinks();
        links.getChildren().clear();
        for (int i = 0; i < evidence.size(); i++) {
            int index = i;
            Label link = new Label(evidence.get(i), AppIcon.LINK.create());
            link.setWrapText(true);
            link.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(link, Priority.ALWAYS);
            Button remove = new Button(null, AppIcon.CLOSE.create());
            remove.setId("evidence-remove-" + i);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(texts.get("wizard.evidence.remove", evidence.get(i)));
            remove.setDisable(viewModel.readOnlyProperty().get());
            remove.setOnAction(event -> notes.removeEvidence(index));
            HBox row = new HBox(8, link, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            links.getChildren().add(row);
        }
    }

    private void setEditable(boolean editable) {
        note.setEditable(editable);
        newLink.setDisable(!editable);
        addLink.setDisable(!editable);
        showLinks(viewModel.currentResponseProperty().get());
    }

    private static Label title(String text) {
        Label label = WizardCss.SCREEN.panelTitle(text.toUpperCase());
        return label;
    }
}
