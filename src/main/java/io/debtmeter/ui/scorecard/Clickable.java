package io.debtmeter.ui.scorecard;

import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Makes a whole row act as a button: a click, or Enter or Space while it has focus, opens its detail.
 * A row rather than a Button so its labels keep wrapping and its bar keeps its own layout.
 */
final class Clickable {

    private Clickable() {
    }

    static void make(Region row, String accessibleText, Runnable open) {
        row.getStyleClass().add(ScorecardCss.CLICKABLE);
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setAccessibleText(accessibleText);
        row.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                row.requestFocus();
                open.run();
                event.consume();
            }
        });
        row.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open.run();
                event.consume();
            }
        });
    }
}
