package io.debtmeter.ui.portfolio;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** What a person would notice on a projector: words cut to "…" and labels sticking out of their box. */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Visible labels whose shown text is not their whole text (ellipsised). Call on the FX thread. */
    static List<String> truncatedLabels(Parent root) {
        List<String> problems = new ArrayList<>();
        for (Labeled labeled : visibleLabels(root)) {
            String text = labeled.getText();
            if (text == null || text.isEmpty()) {
                continue;
            }
            Node shown = labeled.lookup(".text");
            if (shown instanceof Text displayed && !text.equals(displayed.getText())) {
                problems.add("'" + text + "' shown as '" + displayed.getText() + "'");
            }
        }
        return problems;
    }

    /**
     * Visible labels that stick out sideways of a box that cuts them off: the table cell they are in,
     * or any clipping ancestor (the table's viewport, a scroll pane). A label scrolled fully out of
     * view vertically is skipped: scrolling is not cutting.
     */
    static List<String> overflowingLabels(Parent root) {
        List<String> problems = new ArrayList<>();
        for (Labeled labeled : visibleLabels(root)) {
            if (labeled.getText() == null || labeled.getText().isEmpty() || labeled instanceof Cell<?>) {
                continue;
            }
            Bounds label = labeled.localToScene(labeled.getLayoutBounds());
            for (Node box = labeled.getParent(); box != null; box = box.getParent()) {
                Bounds container = boxBounds(box, box == labeled.getParent());
                if (container == null || label.getMaxY() <= container.getMinY() || label.getMinY() >= container.getMaxY()) {
                    continue;
                }
                if (label.getMaxX() > container.getMaxX() + 1 || label.getMinX() < container.getMinX() - 1) {
                    problems.add("'" + labeled.getText() + "' spans " + (int) label.getMinX() + ".." + (int) label.getMaxX()
                            + " in " + box.getClass().getSimpleName() + " at " + (int) container.getMinX() + ".." + (int) container.getMaxX());
                    break;
                }
            }
        }
        return problems;
    }

    /** The area of a box that shows its content: a cell's or the direct parent's bounds, or an ancestor's clip. */
    private static Bounds boxBounds(Node box, boolean directParent) {
        if (box.getClip() != null) {
            return box.localToScene(box.getClip().getBoundsInParent());
        }
        if (box instanceof Cell<?> || (directParent && box instanceof Region)) {
            return box.localToScene(box.getLayoutBounds());
        }
        return null;
    }

    private static List<Labeled> visibleLabels(Parent root) {
        List<Labeled> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            found.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
