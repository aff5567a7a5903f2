package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * A card over the scorecard showing one category's or item's detail. It lives in the same scene
 * rather than a dialog window, so it shows on a shared screen and scales with the window; Escape,
 * the close button or a click beside the card closes it.
 */
final class DetailOverlay extends StackPane {

    private static final double MARGIN = 24;
    /** Width kept for a vertical scroll bar, so content measured here does not wrap differently later. */
    private static final double SCROLL_BAR_ROOM = 16;

    private final VBox card = new VBox();
    private final Button back = new Button();
    private final Button close = new Button();
    private final ScrollPane scroll = new ScrollPane();
    private final HBox bar;
    private Runnable onBack = () -> { };
    private Runnable onClosed = () -> { };

    DetailOverlay(Texts texts) {
        setId("scorecard-detail-overlay");
        Region scrim = new Region();
        scrim.getStyleClass().add("detail-scrim");
        scrim.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> close());

        back.setId("scorecard-detail-back");
        back.setGraphic(AppIcon.BACK.create());
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> onBack.run());
        close.setId("scorecard-detail-close");
        close.setText(texts.get("scorecard.detail.close"));
        close.setGraphic(AppIcon.CLOSE.create());
        close.setAccessibleText(texts.get("scorecard.detail.close.accessible"));
        close.getStyleClass().add(Styles.FLAT);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(event -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(8, back, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        card.getStyleClass().add("detail-card");
        card.getChildren().addAll(bar, scroll);
        card.setPrefWidth(860);
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        getChildren().addAll(scrim, card);
        addEventFilter(KeyEvent.KEY_PRESSED, this::escapeCloses);
        setVisible(false);
    }

    /**
     * @param backText text of the back button, empty for none
     * @param onClosed run once when the overlay closes
     */
    void show(String id, Node content, Optional<String> backText, Runnable backAction, Runnable onClosed) {
        card.setId(id);
        scroll.setContent(content);
        scroll.setVvalue(0);
        back.setText(backText.orElse(""));
        back.setAccessibleText(backText.orElse(""));
        back.setVisible(backText.isPresent());
        back.setManaged(backText.isPresent());
        onBack = backAction;
        this.onClosed = onClosed;
        setVisible(true);
        close.requestFocus();
    }

    void close() {
        if (isVisible()) {
            setVisible(false);
            scroll.setContent(null);
            Runnable closed = onClosed;
            onClosed = () -> { };
            closed.run();
        }
    }

    /**
     * The card as tall as its content but never taller than the window (its content scrolls then),
     * and never wider than the window less a margin.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        getChildren().get(0).resizeRelocate(0, 0, width, height);
        double cardWidth = Math.min(card.prefWidth(-1), width - 2 * MARGIN);
        double cardHeight = Math.min(wantedHeight(cardWidth), height - 2 * MARGIN);
        card.resizeRelocate(snapPositionX((width - cardWidth) / 2), snapPositionY((height - cardHeight) / 2),
                snapSizeX(cardWidth), snapSizeY(cardHeight));
    }

    /** Measured at the width the content will get, so wrapped text counts with all its lines. */
    private double wantedHeight(double cardWidth) {
        Node content = scroll.getContent();
        if (content == null) {
            return card.prefHeight(cardWidth);
        }
        Insets insets = card.getInsets();
        double contentWidth = cardWidth - insets.getLeft() - insets.getRight() - SCROLL_BAR_ROOM;
        // A few pixels more than measured: rounding must not conjure up a scroll bar for one pixel.
        return insets.getTop() + bar.prefHeight(-1) + card.getSpacing() + content.prefHeight(contentWidth)
                + insets.getBottom() + 4;
    }

    boolean isShowing() {
        return isVisible();
    }

    private void escapeCloses(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE || !isVisible()) {
            return;
        }
        // An open drop-down closes first; the next Escape closes the detail.
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused instanceof ComboBoxBase<?> combo && combo.isShowing()) {
            return;
        }
        close();
        event.consume();
    }
}
