package io.debtmeter.ui.portfolio;

import io.debtmeter.ui.common.ScreenStyle;

/** The portfolio's own style classes (portfolio.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class PortfolioCss {

    /** Root, header, page, panels and problem strip, named after the screen (see ScreenStyle). */
    static final ScreenStyle SCREEN = new ScreenStyle("portfolio");

    static final String BODY = "portfolio-body";
    static final String SUMMARY = "portfolio-summary";
    static final String TILE = "summary-tile";
    static final String TILE_VALUE = "summary-value";
    static final String TILE_CAPTION = "summary-caption";
    static final String TILE_DETAIL = "summary-detail";
    static final String GRADE_PILL = "grade-pill";
    /** Followed by the palette step 0..4: "band-0" is least debt (the scorecard's palette). */
    static final String BAND_PREFIX = "band-";
    static final String CHANGE = "change";
    static final String IMPROVED = "improved";
    static final String REGRESSED = "regressed";
    static final String UNCHANGED = "unchanged";
    static final String NOT_COMPARED = "not-compared";
    static final String BADGE = "attention-badge";
    static final String PARTIAL = "partial";
    static final String MUTED = "muted";
    static final String NUMBER = "number";
    static final String CHART_ROW = "chart-row";
    static final String CHART_NAME = "chart-name";
    static final String BAR_TRACK = "bar-track";
    static final String BAR_FILL = "bar-fill";
    static final String BAR_GRADE = "bar-grade";
    static final String BAR_GRADE_OUTSIDE = "outside";
    static final String CHART_VALUE = "chart-value";
    static final String NOTE = "chart-note";

    private PortfolioCss() {
    }
}
