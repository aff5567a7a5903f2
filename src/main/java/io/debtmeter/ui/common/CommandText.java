package io.debtmeter.ui.common;

import atlantafx.base.theme.Styles;
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

    /**
     * A screen's way back, the same on every screen: flat, with the back arrow, id {@code screen-back}
     * and the words of {@code screen.back}.
     */
    public static Button backButton(Texts texts, String screen, Runnable onBack) {
        Button back = button(texts, screen + "-back", screen + ".back", AppIcon.BACK.create());
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> onBack.run());
        return back;
    }

    public static void apply(ButtonBase button, Texts texts, String id, String key, Node icon) {
        button.setId(id);
        button.setText(texts.get(key));
        button.setGraphic(icon);
        button.setAccessibleText(texts.get(key + ".accessible"));
    }
}
