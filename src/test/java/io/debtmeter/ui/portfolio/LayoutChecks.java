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
import java.util.function.Predicate;

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
     * Visible labels and texts (a Text of its own, not a label's) that stick out sideways of a box
     * that cuts them off: the table cell they are in, or any clipping ancestor (the table's
     * viewport, a scroll pane). One scrolled fully out of view vertically is skipped: scrolling is
     * not cutting.
     */
    static List<String> overflowingLabels(Parent root) {
        List<String> problems = new ArrayList<>();
        for (Node shown : visibleWords(root)) {
            String words = words(shown);
            Bounds label = shown.localToScene(shown.getLayoutBounds());
            for (Node box = shown.getParent(); box != null; box = box.getParent()) {
                Bounds container = boxBounds(box, box == shown.getParent());
                if (container == null || label.getMaxY() <= container.getMinY() || label.getMinY() >= container.getMaxY()) {
                    continue;
                }
                if (label.getMaxX() > container.getMaxX() + 1 || label.getMinX() < container.getMinX() - 1) {
                    problems.add("'" + words + "' spans " + (int) label.getMinX() + ".." + (int) label.getMaxX()
                            + " in " + box.getClass().getSimpleName() + " at " + (int) container.getMinX() + ".." + (int) container.getMaxX());
                    break;
                }
            }
        }
        return problems;
    }

    /** Labels (not cells) and Texts of their own (not a label's words) with words in them. */
    private static List<Node> visibleWords(Parent root) {
        return visible(root, node -> {
            // A label's own words are a Text child too; a Text set as a label's or cell's graphic is not.
            boolean ownText = node instanceof Text
                    && !(node.getParent() instanceof Labeled labeled && labeled.getGraphic() != node);
            boolean label = node instanceof Labeled && !(node instanceof Cell<?>);
            String words = words(node);
            return (ownText || label) && words != null && !words.isEmpty();
        });
    }

    private static String words(Node node) {
        if (node instanceof Text text) {
            return text.getText();
        }
        return node instanceof Labeled labeled ? labeled.getText() : null;
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
        return visible(root, node -> node instanceof Labeled).stream().map(Labeled.class::cast).toList();
    }

    /** The nodes under {@code root} that {@code keep} accepts, skipping hidden branches. */
    private static List<Node> visible(Node root, Predicate<Node> keep) {
        List<Node> found = new ArrayList<>();
        collect(root, keep, found);
        return found;
    }

    private static void collect(Node node, Predicate<Node> keep, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (keep.test(node)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, keep, found));
        }
    }
}
