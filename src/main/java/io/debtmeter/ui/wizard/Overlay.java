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

    /** Room left around the card, so it never touches the window's edges. */
    private static final double MARGIN = 16;

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
        setAlignment(Pos.CENTER);
        getChildren().addAll(scrim, card);
        setVisible(false);
    }

    /**
     * A card taller than the window (the F1 list in presenter mode) is held to the window's height, so
     * its buttons stay on screen; its content decides what scrolls (HelpContent scrolls its list).
     */
    @Override
    protected void layoutChildren() {
        double roomWide = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - 2 * MARGIN);
        double roomHigh = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset() - 2 * MARGIN);
        card.setMaxWidth(Region.USE_COMPUTED_SIZE);
        card.setMaxHeight(Region.USE_COMPUTED_SIZE);
        double width = Math.min(card.prefWidth(-1), roomWide);
        card.setMaxWidth(width);
        card.setMaxHeight(Math.min(card.prefHeight(width), roomHigh));
        super.layoutChildren();
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
