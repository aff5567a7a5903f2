package io.debtmeter.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The warning strip under a screen's header that says why its data could not be read; it takes no
 * room while there is nothing to say.
 */
public final class ProblemStrip {

    private final Label label = new Label();

    /** Its id is named after the screen: "compare-problem" for the compare screen. */
    public ProblemStrip(ScreenStyle screen) {
        label.setId(screen.problem());
        label.setWrapText(true);
        label.setGraphic(AppIcon.WARNING.create());
        label.getStyleClass().add(AppCss.PROBLEM_STRIP);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    public Node node() {
        return label;
    }

    /** Shows {@code text}, or hides the strip when it is empty. */
    public void show(String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
