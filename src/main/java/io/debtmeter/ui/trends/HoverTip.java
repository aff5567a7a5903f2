package io.debtmeter.ui.trends;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * One tooltip shared by the chart's points and the heat map's cells, shown beside the pointer after a
 * short pause. Sharing it keeps hundreds of points from each carrying a popup of their own; showing it
 * ourselves lets one canvas offer a different text per cell.
 */
final class HoverTip {

    static final String STYLE_CLASS = "trends-tooltip";

    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(Duration.millis(300));

    HoverTip() {
        tooltip.getStyleClass().add(STYLE_CLASS);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
    }

    /** Shows the text near the given screen point once the pointer rests there. */
    void showLater(Node owner, String text, double screenX, double screenY) {
        hide();
        tooltip.setText(text);
        delay.setOnFinished(event -> {
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                tooltip.show(owner, screenX + 14, screenY + 18);
            }
        });
        delay.playFromStart();
    }

    void hide() {
        delay.stop();
        tooltip.hide();
    }
}
