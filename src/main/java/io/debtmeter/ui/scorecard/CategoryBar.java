package io.debtmeter.ui.scorecard;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One horizontal bar of the category chart: a track for 0..100, a fill as long as the maturity in the
 * colour of its grade band, the number and grade written on the bar, and the team's target as a
 * marker (a line across the track with a triangle above it).
 *
 * <p>Laid out by hand so the value never gets cut: it sits inside the end of the fill when it fits
 * there and just after it otherwise, and is drawn last, on an opaque chip, so a target line passing
 * the same spot runs under it rather than through the text.
 */
final class CategoryBar extends Region {

    /** Room above the track for the target's triangle. */
    private static final double HEAD_HEIGHT = 9;
    private static final double HEAD_WIDTH = 12;
    private static final double LINE_WIDTH = 3;
    private static final double GAP = 4;

    private final Region track = new Region();
    private final Region fill = new Region();
    private final Region targetLine = new Region();
    private final Region targetHead = new Region();
    private final Label value = new Label();
    private final double share;
    private OptionalDouble targetShare = OptionalDouble.empty();

    /**
     * @param maturity   0..100, empty when the category is not scored (no fill)
     * @param colourStep the band's palette step 0..4
     */
    CategoryBar(OptionalDouble maturity, OptionalInt colourStep, String valueText) {
        getStyleClass().add("category-bar");
        share = clamp(maturity.orElse(0) / 100.0);
        track.getStyleClass().add(ScorecardCss.CHART_TRACK);
        fill.getStyleClass().add(ScorecardCss.BAND_FILL);
        colourStep.ifPresent(step -> fill.getStyleClass().add(ScorecardCss.BAND_PREFIX + step));
        fill.setVisible(maturity.isPresent());
        targetLine.getStyleClass().add(ScorecardCss.TARGET_LINE);
        targetHead.getStyleClass().add(ScorecardCss.TARGET_HEAD);
        value.setText(valueText);
        value.getStyleClass().add(ScorecardCss.BAR_VALUE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(track, fill, targetLine, targetHead, value);
        showTarget(OptionalDouble.empty());
    }

    /** Moves the target marker (maturity 0..100), or hides it when there is no target. */
    void showTarget(OptionalDouble target) {
        targetShare = target.isPresent() ? OptionalDouble.of(clamp(target.getAsDouble() / 100.0)) : OptionalDouble.empty();
        targetLine.setVisible(target.isPresent());
        targetHead.setVisible(target.isPresent());
        requestLayout();
    }

    Label valueLabel() {
        return value;
    }

    Region targetMarker() {
        return targetHead;
    }

    private double trackHeight() {
        return Math.max(26, value.prefHeight(-1) + 6);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        return insets.getTop() + HEAD_HEIGHT + trackHeight() + 3 + insets.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        // The value must always fit, even at 0 % with the chip after an empty fill.
        return getInsets().getLeft() + value.prefWidth(-1) + 2 * GAP + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(240, computeMinWidth(height));
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double width = Math.max(0, getWidth() - insets.getLeft() - insets.getRight());
        double trackY = insets.getTop() + HEAD_HEIGHT;
        double trackHeight = trackHeight();
        track.resizeRelocate(x, trackY, width, trackHeight);
        double fillWidth = Math.round(width * share);
        fill.resizeRelocate(x, trackY, fillWidth, trackHeight);

        if (targetShare.isPresent()) {
            double markerX = x + Math.round(width * targetShare.getAsDouble());
            targetLine.resizeRelocate(markerX - LINE_WIDTH / 2, trackY - 2, LINE_WIDTH, trackHeight + 4);
            targetHead.resizeRelocate(markerX - HEAD_WIDTH / 2, trackY - HEAD_HEIGHT, HEAD_WIDTH, HEAD_HEIGHT - 1);
        }

        double valueWidth = value.prefWidth(-1);
        double valueHeight = value.prefHeight(valueWidth);
        boolean fitsInside = fillWidth >= valueWidth + 2 * GAP;
        double valueX = fitsInside ? x + fillWidth - GAP - valueWidth : x + fillWidth + GAP;
        valueX = Math.max(x, Math.min(valueX, x + width - valueWidth));
        value.resizeRelocate(Math.round(valueX), Math.round(trackY + (trackHeight - valueHeight) / 2), valueWidth, valueHeight);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
