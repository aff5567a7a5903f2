package io.debtmeter.ui.scorecard;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a person on a projector would notice: words cut to "…", or labels sticking out of their box or the window. */
final class Legibility {

    private Legibility() {
    }

    /** Visible labels whose shown text is not their whole text (JavaFX replaced the end with an ellipsis). */
    static List<String> truncated(Scene scene) {
        List<String> cut = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // The label's own text node; an icon (a FontIcon is a Text too) is not the label's words.
                    if (child instanceof Text shown && shown.getStyleClass().contains("text") && child.isVisible()
                            && !labeled.getText().equals(shown.getText())) {
                        cut.add("'" + labeled.getText() + "' shown as '" + shown.getText() + "'");
                    }
                }
            }
        });
        return cut;
    }

    /** Visible labels reaching past the right edge of their parent or of the window. */
    static List<String> overflowing(Scene scene) {
        List<String> wide = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isEmpty()) {
                return;
            }
            if (labeled.getParent() instanceof Region parent && labeled.getBoundsInParent().getMaxX() > parent.getWidth() + 1) {
                wide.add("'" + labeled.getText() + "' ends at " + labeled.getBoundsInParent().getMaxX()
                        + " in a box " + parent.getWidth() + " wide");
            }
            double right = labeled.localToScene(labeled.getBoundsInLocal()).getMaxX();
            if (right > scene.getWidth() + 1) {
                wide.add("'" + labeled.getText() + "' ends at x=" + Math.round(right) + " past the window");
            }
        });
        return wide;
    }

    /** Visits visible nodes only: what is hidden cannot be read anyway. */
    private static void visit(Node node, Consumer<Node> action) {
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
