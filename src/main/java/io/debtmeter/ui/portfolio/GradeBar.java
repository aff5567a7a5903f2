package io.debtmeter.ui.portfolio;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * One team's bar: a track for 0..100, filled to its debt index in its grade band's colour, with the
 * grade written on the fill. When the fill is too short for the grade, the grade goes on an opaque
 * chip just after the fill, or, if the track has no room left there, at the track's end over the
 * fill: the bar's length always tells the truth and the grade is never cut. The bar is never
 * narrower than its grade.
 */
final class GradeBar extends Region {

    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass(PortfolioCss.BAR_GRADE_OUTSIDE);
    private static final double PADDING = 6;

    private final Region fill = new Region();
    private final Label grade;
    private final double share;

    /**
     * @param debtIndex  the shown debt index 0..100
     * @param gradeLabel the band's label, written on the bar
     * @param colourStep the band's palette step 0..4
     */
    GradeBar(double debtIndex, String gradeLabel, int colourStep) {
        this.share = Math.max(0, Math.min(1, debtIndex / 100.0));
        getStyleClass().addAll(PortfolioCss.BAR_TRACK, PortfolioCss.BAND_PREFIX + colourStep);
        fill.getStyleClass().add(PortfolioCss.BAR_FILL);
        grade = new Label(gradeLabel);
        grade.getStyleClass().add(PortfolioCss.BAR_GRADE);
        grade.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(fill, grade);
    }

    Label gradeLabel() {
        return grade;
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double fillWidth = Math.round(width * share);
        fill.resizeRelocate(insets.getLeft(), insets.getTop(), fillWidth, height);
        double labelWidth = grade.prefWidth(-1);
        double labelHeight = Math.min(height, grade.prefHeight(labelWidth));
        boolean inside = labelWidth + 2 * PADDING <= fillWidth;
        boolean after = !inside && fillWidth + PADDING + labelWidth <= width;
        grade.pseudoClassStateChanged(OUTSIDE, !inside);
        double x = inside ? PADDING : after ? fillWidth + PADDING : width - labelWidth - 2;
        grade.resizeRelocate(insets.getLeft() + x, insets.getTop() + (height - labelHeight) / 2, labelWidth, labelHeight);
    }

    @Override
    protected double computeMinWidth(double height) {
        return grade.prefWidth(-1) + 2 * PADDING + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(220, computeMinWidth(height));
    }

    @Override
    protected double computePrefHeight(double width) {
        return grade.prefHeight(-1) + 8 + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
