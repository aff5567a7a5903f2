package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.ActionItem;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.Optional;

/** Text, owner and due date of an action: the "add" row under the list, and the editor of one row. */
final class ActionForm extends VBox {

    /** What the form hands over when submitted. */
    interface Submit {
        void accept(String text, String owner, Optional<LocalDate> due);
    }

    private final TextField text = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker due = new DatePicker();
    private final Button submit = new Button();

    ActionForm(Texts texts, String idPrefix, String submitText, Submit onSubmit, Runnable onCancel) {
        getStyleClass().add("action-form");
        setSpacing(6);
        text.setId(idPrefix + "-text");
        text.setPromptText(texts.get("wizard.action.text.prompt"));
        text.setAccessibleText(texts.get("wizard.action.text"));
        owner.setId(idPrefix + "-owner");
        owner.setPromptText(texts.get("wizard.action.owner"));
        owner.setAccessibleText(texts.get("wizard.action.owner"));
        owner.setPrefColumnCount(9);
        due.setId(idPrefix + "-due");
        due.setPromptText(texts.get("wizard.action.due"));
        due.setAccessibleText(texts.get("wizard.action.due"));
        // Its width is in em (wizard.css), so "Due date" fits in presenter mode too.
        due.getStyleClass().add("action-due");
        submit.setId(idPrefix + "-submit");
        submit.setText(submitText);
        submit.setGraphic((onCancel == null ? AppIcon.ADD : AppIcon.CHECK).create());
        submit.setAccessibleText(submitText);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(text.textProperty().isEmpty());
        submit.setMinWidth(Button.USE_PREF_SIZE);
        submit.setOnAction(event -> {
            commitTypedDate();
            onSubmit.accept(text.getText(), owner.getText(), Optional.ofNullable(due.getValue()));
        });
        text.setOnAction(event -> submit.fire());
        owner.setOnAction(event -> submit.fire());

        FlowPane details = new FlowPane(8, 6, owner, due, submit);
        details.setAlignment(Pos.CENTER_LEFT);
        if (onCancel != null) {
            Button cancel = new Button(texts.get("wizard.action.cancel"));
            cancel.setId(idPrefix + "-cancel");
            cancel.setAccessibleText(texts.get("wizard.action.cancel"));
            cancel.getStyleClass().add(Styles.FLAT);
            cancel.setOnAction(event -> onCancel.run());
            details.getChildren().add(cancel);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, details);
    }

    /** Called with the fields' contents whenever one of them changes. */
    void onEdit(Submit listener) {
        Runnable changed = () -> listener.accept(text.getText(), owner.getText(), Optional.ofNullable(due.getValue()));
        text.textProperty().addListener((obs, old, value) -> changed.run());
        owner.textProperty().addListener((obs, old, value) -> changed.run());
        due.valueProperty().addListener((obs, old, value) -> changed.run());
    }

    /** A date typed but not confirmed with Enter still counts; one that cannot be read is left out. */
    private void commitTypedDate() {
        String typed = due.getEditor().getText();
        try {
            due.setValue(typed == null || typed.isBlank() ? null : due.getConverter().fromString(typed));
        } catch (java.time.DateTimeException e) {
            due.getEditor().setText(due.getConverter().toString(due.getValue()));
        }
    }

    void fill(ActionItem action) {
        text.setText(action.text());
        owner.setText(action.owner());
        due.setValue(action.due().orElse(null));
    }

    void clear() {
        text.clear();
        owner.clear();
        due.setValue(null);
        due.getEditor().clear();
    }

    void focusText() {
        text.requestFocus();
    }
}
