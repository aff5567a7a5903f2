package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "5 items unanswered — finish anyway?": asked only when something is still open or unconfirmed. */
final class FinishContent extends VBox {

    private final Button cancel = new Button();

    FinishContent(Texts texts, int unanswered, int unconfirmed, Runnable onFinish, Runnable onCancel) {
        super(14);
        setMaxWidth(560);
        Label title = new Label(texts.get("wizard.finish.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        VBox lines = new VBox(6);
        if (unanswered > 0) {
            Label line = new Label(texts.get("wizard.finish.unanswered", unanswered));
            line.setId("wizard-finish-unanswered");
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        if (unconfirmed > 0) {
            Label line = new Label(texts.get("wizard.finish.unconfirmed", unconfirmed));
            line.setId("wizard-finish-unconfirmed");
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        Label partial = new Label(texts.get("wizard.finish.partial"));
        partial.setWrapText(true);
        partial.getStyleClass().add(Styles.TEXT_MUTED);
        Button finish = new Button(texts.get("wizard.finish.confirm"), AppIcon.FINISH.create());
        finish.setId("wizard-finish-confirm");
        finish.setAccessibleText(texts.get("wizard.finish.confirm"));
        finish.getStyleClass().add(Styles.ACCENT);
        finish.setOnAction(event -> onFinish.run());
        cancel.setText(texts.get("wizard.finish.cancel"));
        cancel.setId("wizard-finish-cancel");
        cancel.setAccessibleText(texts.get("wizard.finish.cancel"));
        cancel.setOnAction(event -> onCancel.run());
        getChildren().addAll(title, lines, partial, new HBox(10, finish, cancel));
    }

    /** Keep going is the safe default when the question comes up mid-meeting. */
    void focusCancel() {
        cancel.requestFocus();
    }
}
