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
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    // --- contrast -------------------------------------------------------------------------------

    /** WCAG 2 contrast for text (1.4.3, level AA): 4.5:1, whatever the size. */
    public static final double TEXT_CONTRAST = 4.5;
    /**
     * Swatches and markers that carry meaning (legend swatches, coverage keys, a line's marker): the
     * issue asks 4.5:1 of every swatch, so that is used too, stricter than WCAG's 3:1 for graphics
     * (1.4.11). A swatch passes when its fill reaches it, or when an outline at least
     * {@value #SWATCH_OUTLINE} px wide does (pastel Okabe-Ito fills on white cannot reach 4.5:1).
     */
    public static final double SWATCH_CONTRAST = 4.5;
    public static final double SWATCH_OUTLINE = 2;
    /** Style classes of the swatches checked. */
    private static final List<String> SWATCHES = List.of("legend-swatch", "swatch", "trend-marker");

    /** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * Visible texts (a label's, a button's, a cell's, a Text of its own) of enabled controls whose colour,
     * as drawn, has less than {@link #TEXT_CONTRAST} against what is drawn behind them; and visible swatches
     * below {@link #SWATCH_CONTRAST} (see there). Colours are composed as JavaFX draws them: every
     * background fill of every ancestor, over the scene's fill, with each ancestor's opacity. Disabled
     * controls are left out (WCAG exempts them; see {@link #disabledContrast}).
     */
    public static List<String> lowContrast(Scene scene) {
        List<String> low = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node.isDisabled()) {
                return;
            }
            if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                    && text.getFill() instanceof Color && !isIcon(text) && isShown(text)) {
                double ratio = textContrast(scene, text);
                if (ratio < TEXT_CONTRAST) {
                    low.add(String.format(Locale.ROOT, "'%s' %.2f:1 in %s", text.getText(), ratio, describe(owner(text))));
                }
            }
            if (node instanceof Region region && SWATCHES.stream().anyMatch(region.getStyleClass()::contains)
                    && region.getWidth() > 0) {
                double ratio = swatchContrast(scene, region);
                if (ratio < SWATCH_CONTRAST) {
                    low.add(String.format(Locale.ROOT, "swatch %s %.2f:1", describe(region), ratio));
                }
            }
        });
        return low;
    }

    /** The contrast of a control's text as drawn, disabled or not: for saying how legible a disabled button is. */
    public static double disabledContrast(Scene scene, Labeled control) {
        Text text = (Text) control.lookup(".text");
        return textContrast(scene, text);
    }

    private static boolean isIcon(Text text) {
        return text.getClass().getName().startsWith("org.kordamp.ikonli");
    }

    /** Nodes scrolled out of their clipping viewport are not drawn, so not judged. */
    private static boolean isShown(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        for (Node box = node.getParent(); box != null; box = box.getParent()) {
            if (box.getClip() != null) {
                Bounds clip = box.localToScene(box.getClip().getBoundsInParent());
                if (!clip.intersects(bounds)) {
                    return false;
                }
            }
        }
        return bounds.getWidth() > 0 && bounds.getHeight() > 0;
    }

    private static Node owner(Text text) {
        return text.getParent() instanceof Labeled labeled ? labeled : text;
    }

    private static double textContrast(Scene scene, Text text) {
        Drawn drawn = drawn(scene, text, (Color) text.getFill());
        return contrast(drawn.foreground(), drawn.background());
    }

    private static double swatchContrast(Scene scene, Region swatch) {
        Drawn behind = drawn(scene, swatch.getParent(), Color.TRANSPARENT);
        Color fill = composite(swatch.getBackground(), behind.background());
        double ratio = contrast(fill, behind.background());
        var fills = swatch.getBackground() == null ? List.<javafx.scene.layout.BackgroundFill>of() : swatch.getBackground().getFills();
        if (fills.size() >= 2 && fills.get(fills.size() - 1).getInsets().getTop() >= SWATCH_OUTLINE
                && colourOf(fills.get(0).getFill()) instanceof Color ring) {
            // an outer fill showing round an inset inner one: a ring
            ratio = Math.max(ratio, contrast(over(ring, behind.background()), behind.background()));
        }
        if (swatch.getBorder() != null) {
            for (var stroke : swatch.getBorder().getStrokes()) {
                if (stroke.getTopStroke() instanceof Color ring && stroke.getWidths().getTop() >= SWATCH_OUTLINE) {
                    ratio = Math.max(ratio, contrast(over(ring, behind.background()), behind.background()));
                }
            }
        }
        return ratio;
    }

    /** A colour as drawn at a node, and what is drawn behind it, each composed with the ancestors' opacity. */
    private record Drawn(Color foreground, Color background) {
    }

    private static Drawn drawn(Scene scene, Node node, Color colour) {
        List<Node> chain = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(0, n);
        }
        Color background = scene.getFill() instanceof Color fill && fill.getOpacity() > 0 ? over(fill, Color.WHITE) : Color.WHITE;
        List<double[]> fades = new ArrayList<>();
        List<Color> behindFades = new ArrayList<>();
        Bounds target = node.localToScene(node.getLayoutBounds());
        javafx.geometry.Point2D centre = new javafx.geometry.Point2D(target.getCenterX(), target.getCenterY());
        for (Node n : chain) {
            background = siblingsBehind(n, centre, background);
            if (n.getOpacity() < 1) {
                fades.add(new double[] {n.getOpacity()});
                behindFades.add(background);
            }
            if (n instanceof Region region && n != node) {
                background = composite(region.getBackground(), background);
            } else if (n instanceof Region region && !(node instanceof Text)) {
                background = composite(region.getBackground(), background);
            }
        }
        Color foreground = colour.getOpacity() == 0 ? background : over(colour, background);
        for (int i = fades.size() - 1; i >= 0; i--) {
            double opacity = fades.get(i)[0];
            foreground = blend(behindFades.get(i), foreground, opacity);
            background = blend(behindFades.get(i), background, opacity);
        }
        return new Drawn(foreground, background);
    }

    /** What the siblings drawn before a node (a bar under its value, in a stack) paint at the point. */
    private static Color siblingsBehind(Node node, javafx.geometry.Point2D point, Color behind) {
        if (node.getParent() == null) {
            return behind;
        }
        Color result = behind;
        for (Node sibling : node.getParent().getChildrenUnmodifiable()) {
            if (sibling == node) {
                break;
            }
            if (!sibling.isVisible() || !sibling.localToScene(sibling.getLayoutBounds()).contains(point)) {
                continue;
            }
            if (sibling instanceof Region region) {
                result = composite(region.getBackground(), result);
            } else if (sibling instanceof javafx.scene.shape.Shape shape && colourOf(shape.getFill()) instanceof Color fill) {
                result = over(fill, result);
            }
        }
        return result;
    }

    private static Color composite(javafx.scene.layout.Background fills, Color behind) {
        Color result = behind;
        if (fills == null) {
            return result;
        }
        for (var fill : fills.getFills()) {
            Color colour = colourOf(fill.getFill());
            if (colour != null && colour.getOpacity() > 0) {
                result = over(colour, result);
            }
        }
        return result;
    }

    private static Color colourOf(javafx.scene.paint.Paint paint) {
        if (paint instanceof Color colour) {
            return colour;
        }
        if (paint instanceof javafx.scene.paint.LinearGradient gradient && !gradient.getStops().isEmpty()) {
            return gradient.getStops().get(gradient.getStops().size() / 2).getColor();
        }
        return null;
    }

    private static Color over(Color top, Color bottom) {
        return blend(bottom, new Color(top.getRed(), top.getGreen(), top.getBlue(), 1), top.getOpacity());
    }

    private static Color blend(Color bottom, Color top, double alpha) {
        return new Color(bottom.getRed() + (top.getRed() - bottom.getRed()) * alpha,
                bottom.getGreen() + (top.getGreen() - bottom.getGreen()) * alpha,
                bottom.getBlue() + (top.getBlue() - bottom.getBlue()) * alpha, 1);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
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
