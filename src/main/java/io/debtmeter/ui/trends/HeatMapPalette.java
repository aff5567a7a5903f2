package io.debtmeter.ui.trends;

import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.ArrayList;
import java.util.List;

/**
 * The colours the heat-map canvas paints with. A canvas does not take CSS, so the colours live in
 * trends.css on hidden probe nodes and are read back from them: the theme stays the one place colours
 * come from, and a theme switch repaints the canvas.
 */
final class HeatMapPalette {

    static final int STEPS = 5;

    private final List<Region> steps = new ArrayList<>();
    private final Region notApplicable = probe(TrendsCss.HEAT_NA);
    private final Region outline = probe(TrendsCss.HEAT_OUTLINE);
    private final Region band = probe(TrendsCss.HEAT_BAND);
    private final Region focus = probe(TrendsCss.HEAT_FOCUS);
    private final Region body = probe(TrendsCss.HEAT_BODY);
    private final Label text = new Label("0");
    private final Pane probes = new Pane();

    HeatMapPalette() {
        for (int i = 0; i < STEPS; i++) {
            steps.add(probe(TrendsCss.HEAT_STEP + i));
        }
        text.getStyleClass().add(TrendsCss.HEAT_ITEM);
        probes.getChildren().addAll(steps);
        probes.getChildren().addAll(notApplicable, outline, band, focus, body, text);
        probes.setManaged(false);
        probes.setVisible(false);
        probes.setMouseTransparent(true);
    }

    private static Region probe(String styleClass) {
        Region region = new Region();
        region.getStyleClass().add(styleClass);
        return region;
    }

    /** Hidden nodes that must be in the scene for CSS to reach them. */
    Pane probes() {
        return probes;
    }

    /** Calls back whenever the theme gives the probes new colours. */
    void onChange(Runnable repaint) {
        probes.getChildren().forEach(node -> {
            if (node instanceof Region region) {
                region.backgroundProperty().addListener((obs, old, now) -> repaint.run());
            }
        });
        text.textFillProperty().addListener((obs, old, now) -> repaint.run());
        text.fontProperty().addListener((obs, old, now) -> repaint.run());
    }

    /** The colour of a normalised score 0..1, in five steps from least to most mature. */
    Paint step(double score) {
        return fillOf(steps.get(stepOf(score)));
    }

    static int stepOf(double score) {
        return (int) Math.max(0, Math.min(STEPS - 1, Math.round(score * (STEPS - 1))));
    }

    /** Black or white, whichever reads better on the step's colour (WCAG contrast). */
    Color textOn(double score) {
        Paint fill = step(score);
        if (!(fill instanceof Color colour)) {
            return Color.BLACK;
        }
        double luminance = luminance(colour);
        double againstWhite = 1.05 / (luminance + 0.05);
        double againstBlack = (luminance + 0.05) / 0.05;
        return againstBlack >= againstWhite ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    Paint notApplicable() {
        return fillOf(notApplicable);
    }

    Paint outline() {
        return fillOf(outline);
    }

    Paint band() {
        return fillOf(band);
    }

    Paint focus() {
        return fillOf(focus);
    }

    Paint background() {
        return fillOf(body);
    }

    Paint text() {
        return text.getTextFill();
    }

    Font font() {
        return text.getFont();
    }

    Font boldFont() {
        return Font.font(text.getFont().getFamily(), FontWeight.BOLD, text.getFont().getSize());
    }

    private static Paint fillOf(Region region) {
        Background background = region.getBackground();
        return background == null || background.getFills().isEmpty()
                ? Color.GRAY
                : background.getFills().get(0).getFill();
    }
}
