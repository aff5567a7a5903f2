package io.debtmeter.testsupport;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a person on a projector would notice: words cut to "…", words sticking out of their box or the
 * window, and labels that run into each other. Every check the screens' tests had on their own is
 * here, so each screen gets the strictest. Call on the FX thread, after layout.
 */
public final class Legibility {

    private Legibility() {
    }

    /**
     * Visible labels, buttons and cells whose shown text is not their whole text (JavaFX replaced the
     * end with an ellipsis). The shown text is the label's own text node, a Text child: a visible one
     * that is not the graphic (an Ikonli icon is a Text too), and the one styled {@code .text} even
     * when hidden. A graphic that is a label of its own is checked as a label of its own.
     */
    public static List<String> truncated(Scene scene) {
        List<String> cut = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    boolean ownText = child instanceof Text
                            && ((child != labeled.getGraphic() && child.isVisible()) || child.getStyleClass().contains("text"));
                    if (ownText && !labeled.getText().equals(((Text) child).getText())) {
                        cut.add("'" + labeled.getText() + "' shown as '" + ((Text) child).getText() + "' in " + describe(labeled)
                                + " width " + labeled.getWidth() + " of " + labeled.prefWidth(-1));
                    }
                }
            }
        });
        return cut;
    }

    /**
     * Things reaching out of where they can be read:
     * <ul>
     *   <li>any visible node past the right edge of the window, and horizontal scroll bars (content wider than its box);</li>
     *   <li>labels past the right edge of the box (region) they sit in;</li>
     *   <li>labels (not cells) and texts of their own sticking out sideways of a box that cuts them off: the cell
     *   they are in, the direct parent, or any clipping ancestor (a table's viewport, a scroll pane). One scrolled
     *   fully out of view vertically is skipped: scrolling is not cutting.</li>
     * </ul>
     */
    public static List<String> overflowing(Scene scene) {
        List<String> wide = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            double right = node.localToScene(node.getBoundsInLocal()).getMaxX();
            if (right > scene.getWidth() + 1) {
                wide.add(describe(node) + words(node) + " ends at x=" + Math.round(right) + " past the window");
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.isVisible() && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                wide.add("horizontal scroll bar in " + describe(bar.getParent()));
            }
            if (node instanceof Labeled labeled && hasWords(labeled) && labeled.getParent() instanceof Region parent
                    && labeled.getBoundsInParent().getMaxX() > parent.getWidth() + 1) {
                wide.add("'" + labeled.getText() + "' ends at " + labeled.getBoundsInParent().getMaxX()
                        + " in a box " + parent.getWidth() + " wide");
            }
            if (ownWords(node)) {
                String cutOff = cutOffSideways(node);
                if (cutOff != null) {
                    wide.add(cutOff);
                }
            }
        });
        return wide;
    }

    /**
     * Nodes meant to stand side by side (axis labels, say) that run into each other or out of the window,
     * in order from left to right.
     */
    public static List<String> overlapping(Scene scene, List<? extends Node> sideBySide) {
        List<Bounds> boxes = sideBySide.stream().map(n -> n.localToScene(n.getBoundsInLocal()))
                .sorted(Comparator.comparingDouble(Bounds::getMinX)).toList();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < boxes.size(); i++) {
            if (boxes.get(i).getMinX() < boxes.get(i - 1).getMaxX()) {
                problems.add("label " + i + " starts at " + boxes.get(i).getMinX() + " before label " + (i - 1)
                        + " ends at " + boxes.get(i - 1).getMaxX());
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).getMinX() < 0 || boxes.get(i).getMaxX() > scene.getWidth()) {
                problems.add("label " + i + " spans " + boxes.get(i).getMinX() + ".." + boxes.get(i).getMaxX()
                        + " outside the window 0.." + scene.getWidth());
            }
        }
        return problems;
    }

    /** Labels (not cells) and Texts of their own (not a label's words; a Text set as a graphic counts) with words. */
    private static boolean ownWords(Node node) {
        boolean ownText = node instanceof Text
                && !(node.getParent() instanceof Labeled labeled && labeled.getGraphic() != node);
        boolean label = node instanceof Labeled && !(node instanceof Cell<?>);
        String words = text(node);
        return (ownText || label) && words != null && !words.isEmpty();
    }

    private static String cutOffSideways(Node shown) {
        Bounds label = shown.localToScene(shown.getLayoutBounds());
        for (Node box = shown.getParent(); box != null; box = box.getParent()) {
            Bounds container = boxBounds(box, box == shown.getParent());
            if (container == null || label.getMaxY() <= container.getMinY() || label.getMinY() >= container.getMaxY()) {
                continue;
            }
            if (label.getMaxX() > container.getMaxX() + 1 || label.getMinX() < container.getMinX() - 1) {
                return "'" + text(shown) + "' spans " + (int) label.getMinX() + ".." + (int) label.getMaxX()
                        + " in " + box.getClass().getSimpleName() + " at " + (int) container.getMinX() + ".." + (int) container.getMaxX();
            }
        }
        return null;
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

    private static boolean hasWords(Labeled labeled) {
        return labeled.getText() != null && !labeled.getText().isEmpty();
    }

    private static String text(Node node) {
        if (node instanceof Text text) {
            return text.getText();
        }
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }

    private static String words(Node node) {
        String words = text(node);
        return words == null || words.isEmpty() ? "" : " '" + words + "'";
    }

    private static String describe(Node node) {
        return node == null ? "?" : node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
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
