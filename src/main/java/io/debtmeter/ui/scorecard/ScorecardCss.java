package io.debtmeter.ui.scorecard;

import io.debtmeter.ui.common.ScreenStyle;

/** The scorecard's own style classes (scorecard.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class ScorecardCss {

    /** Root, header, page, panels and problem strip, named after the screen (see ScreenStyle). */
    static final ScreenStyle SCREEN = new ScreenStyle("scorecard");

    static final String INDEX = "debt-index";
    static final String GRADE = "grade";
    static final String BAR_FILL = "bar-fill";
    static final String VALUE = "value";
    static final String ROW = "scorecard-row";
    static final String CLICKABLE = "clickable";
    static final String CHART_ROW = "chart-row";
    static final String CHART_TRACK = "chart-track";
    static final String BAND_FILL = "band-fill";
    /** Followed by the palette step 0..4: "band-0" is least debt. */
    static final String BAND_PREFIX = "band-";
    static final String BAR_VALUE = "bar-value";
    static final String TARGET_LINE = "target-line";
    static final String TARGET_HEAD = "target-head";
    static final String GAP = "gap-text";
    static final String TARGET_MET = "target-met";
    static final String VOTE_CHIP = "vote-chip";
    static final String DISCUSS_CHIP = "discuss-chip";
    static final String DETAIL_SECTION = "detail-section";
    static final String TARGET_STATUS = "target-status";

    private ScorecardCss() {
    }
}
