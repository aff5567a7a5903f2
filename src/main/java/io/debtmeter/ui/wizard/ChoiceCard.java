package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.AppIcon;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A large selectable card: number, label, descriptor, and a mark that changes shape when chosen
 * (a check instead of an empty circle), so the choice reads without colour. A plain HBox rather
 * than a ToggleButton because a button's graphic does not re-wrap long descriptors to its width.
 */
final class ChoiceCard extends HBox {

    private final StackPane mark = new StackPane();
    private final Runnable onChoose;
    private boolean selected;
    private boolean readOnly;

    ChoiceCard(String number, String keyHint, String label, String descriptor, Runnable onChoose) {
        this(number, keyHint, label, descriptor, "", onChoose);
    }

    /** @param evidence what a team can show for this level (rubric 2.0), shown under the descriptor; may be empty */
    ChoiceCard(String number, String keyHint, String label, String descriptor, String evidence, Runnable onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add(WizardCss.CHOICE_CARD);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        setAccessibleText(descriptor.isEmpty() ? number + " " + label : number + " " + label + ": " + descriptor);
        setCursor(Cursor.HAND);

        Label numberLabel = new Label(number);
        numberLabel.getStyleClass().add(WizardCss.CHOICE_NUMBER);
        numberLabel.setMinWidth(USE_PREF_SIZE);
        Label title = new Label(label);
        title.getStyleClass().add(WizardCss.CHOICE_LABEL);
        title.setWrapText(true);
        VBox text = new VBox(4, title);
        if (!descriptor.isEmpty()) {
            Label description = new Label(descriptor);
            description.getStyleClass().add(WizardCss.CHOICE_DESCRIPTOR);
            description.setWrapText(true);
            text.getChildren().add(description);
        }
        if (!evidence.isEmpty()) {
            Label show = new Label(evidence);
            show.getStyleClass().add(WizardCss.CHOICE_EVIDENCE);
            show.setWrapText(true);
            text.getChildren().add(show);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(numberLabel, text);
        if (keyHint != null) {
            Label key = new Label(keyHint);
            key.getStyleClass().add(WizardCss.KEYCAP);
            key.setMinWidth(USE_PREF_SIZE);
            getChildren().add(key);
        }
        mark.getStyleClass().add(WizardCss.CHOICE_MARK);
        mark.setMinWidth(USE_PREF_SIZE);
        getChildren().add(mark);
        setSelected(false);

        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> choose());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                choose();
                event.consume();
            }
        });
    }

    void setSelected(boolean value) {
        selected = value;
        pseudoClassStateChanged(WizardCss.SELECTED, value);
        mark.getChildren().setAll((value ? AppIcon.SELECTED : AppIcon.NOT_SELECTED).create());
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    boolean isSelected() {
        return selected;
    }

    /** A final assessment: shown at full contrast (unlike a disabled control) but not choosable. */
    void setReadOnly(boolean value) {
        readOnly = value;
        pseudoClassStateChanged(WizardCss.READ_ONLY, value);
        setCursor(value ? Cursor.DEFAULT : Cursor.HAND);
        setFocusTraversable(!value);
        setAccessibleRole(value ? AccessibleRole.TEXT : AccessibleRole.TOGGLE_BUTTON);
    }

    boolean isReadOnly() {
        return readOnly;
    }

    private void choose() {
        if (!isDisabled() && !readOnly) {
            requestFocus();
            onChoose.run();
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected : super.queryAccessibleAttribute(attribute, parameters);
    }
}
