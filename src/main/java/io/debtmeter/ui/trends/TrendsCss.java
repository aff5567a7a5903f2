package io.debtmeter.ui.trends;

import io.debtmeter.ui.common.ScreenStyle;

/** The trends view's own style classes (trends.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class TrendsCss {

    /** Root, header, page, panels and problem strip, named after the screen (see ScreenStyle). */
    static final ScreenStyle SCREEN = new ScreenStyle("trends");

    static final String HINT = "trends-hint";
    static final String CHART = "trends-chart";
    static final String LINE = "trend-line";
    static final String MARKER = "trend-marker";
    static final String LEGEND = "trends-legend";
    static final String SLOT = "trend-slot-";
    static final String HEAT_MAP = "heat-map";
    static final String HEAT_BODY = "heat-map-body";
    static final String HEAT_COLUMN = "heat-map-column";
    static final String HEAT_GROUP = "heat-map-group";
    static final String HEAT_ITEM = "heat-map-item";
    static final String HEAT_RETIRED = "heat-map-retired";
    static final String HEAT_DETAIL = "heat-map-detail";
    static final String HEAT_SWATCH = "heat-swatch";
    static final String HEAT_STEP = "heat-step-";
    static final String HEAT_NA = "heat-na";
    static final String HEAT_OUTLINE = "heat-outline";
    static final String HEAT_BAND = "heat-band";
    static final String HEAT_FOCUS = "heat-focus";
    static final String EMPTY = "trends-empty";

    private TrendsCss() {
    }
}
