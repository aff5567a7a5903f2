package io.debtmeter.ui.scorecard;

/** The scorecard's own style classes (scorecard.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class ScorecardCss {

    static final String STYLESHEET = "/io/debtmeter/ui/scorecard/scorecard.css";

    static final String ROOT = "scorecard";
    static final String HEADER = "scorecard-header";
    static final String PAGE = "scorecard-page";
    static final String PANEL = "scorecard-panel";
    static final String PANEL_TITLE = "scorecard-panel-title";
    static final String INDEX = "debt-index";
    static final String GRADE = "grade";
    static final String CHIP = "status-chip";
    static final String NOTICE = "scorecard-notice";
    static final String BAR_TRACK = "bar-track";
    static final String BAR_FILL = "bar-fill";
    static final String VALUE = "value";
    static final String ROW = "scorecard-row";

    private ScorecardCss() {
    }
}
