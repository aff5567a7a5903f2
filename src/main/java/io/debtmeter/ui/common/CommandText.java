package io.debtmeter.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;

/**
 * Gives a command button its id, its words and its icon, and the longer words a screen reader says,
 * which every screen keeps under the command's key + ".accessible".
 */
public final class CommandText {

    private CommandText() {
    }

    /** A new button named so. */
    public static Button button(Texts texts, String id, String key, Node icon) {
        Button button = new Button();
        apply(button, texts, id, key, icon);
        return button;
    }

    public static void apply(ButtonBase button, Texts texts, String id, String key, Node icon) {
        button.setId(id);
        button.setText(texts.get(key));
        button.setGraphic(icon);
        button.setAccessibleText(texts.get(key + ".accessible"));
    }
}
