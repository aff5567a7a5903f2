package io.debtmeter.ui.compare;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** What a person on a projector would notice: words cut with "…", or something sticking out of the window. */
final class Legibility {

    private Legibility() {
    }

    /** Labels, buttons and cells whose shown text is not their whole text (JavaFX replaced the end with an ellipsis). */
    static List<String> truncated(Scene scene) {
        List<String> cut = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // The graphic may be a Text too (an Ikonli icon); only the label's own text can be cut.
                    if (child instanceof Text shown && child != labeled.getGraphic() && child.isVisible()
                            && !labeled.getText().equals(shown.getText())) {
                        cut.add(labeled.getText() + " shown as " + shown.getText() + " in " + describe(labeled)
                                + " width " + labeled.getWidth() + " of " + labeled.prefWidth(-1));
                    }
                }
            }
        });
        return cut;
    }

    /** Nodes reaching past the right edge of the window, and horizontal scroll bars (content wider than its box). */
    static List<String> overflowing(Scene scene) {
        List<String> wide = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            double right = node.localToScene(node.getBoundsInLocal()).getMaxX();
            if (right > scene.getWidth() + 1) {
                wide.add(describe(node) + " ends at x=" + Math.round(right));
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible() && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                wide.add("horizontal scroll bar in " + describe(bar.getParent()));
            }
        });
        return wide;
    }

    private static String describe(Node node) {
        return node == null ? "?" : node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }

    /** Visits visible nodes only: what is hidden cannot be read anyway. */
    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
