package io.debtmeter.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A modal card over the wizard (help, find, finish confirmation). It lives in the same scene rather
 * than in a dialog window, so it scales with presenter mode, shows on a shared screen, and closes
 * with Escape like everything else in the wizard.
 */
final class Overlay extends StackPane {

    private final VBox card = new VBox();
    private Runnable onClose = () -> { };

    Overlay() {
        getStyleClass().add(WizardCss.OVERLAY);
        setId("wizard-overlay");
        // The dimming is its own region so the card stays opaque; the theme colour keeps it right in dark mode.
        Region scrim = new Region();
        scrim.getStyleClass().add("wizard-overlay-scrim");
        scrim.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> close());
        card.getStyleClass().add(WizardCss.OVERLAY_CARD);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().addAll(scrim, card);
        setVisible(false);
    }

    void show(String id, Node content, Runnable onClosed) {
        card.setId(id);
        card.getChildren().setAll(content);
        onClose = onClosed;
        setVisible(true);
    }

    void close() {
        if (isVisible()) {
            setVisible(false);
            card.getChildren().clear();
            Runnable closed = onClose;
            onClose = () -> { };
            closed.run();
        }
    }

    boolean isShowing() {
        return isVisible();
    }
}
