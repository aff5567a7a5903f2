package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.ui.common.ScreenStyle;

/** The compare screen's own style classes (compare.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class CompareCss {

    /** Root, header, page, panels and problem strip, named after the screen (see ScreenStyle). */
    static final ScreenStyle SCREEN = new ScreenStyle("compare");

    static final String PICKERS = "compare-pickers";
    static final String SIDE_CARD = "compare-side";
    static final String SIDE_CAPTION = "compare-side-caption";
    static final String INDEX = "compare-index";
    static final String GRADE = "compare-grade";
    static final String DELTA_CHIP = "delta-chip";
    static final String BIG_DELTA = "big-delta";
    static final String ROW = "compare-row";
    static final String COLUMN_HEAD = "compare-column-head";
    static final String WRAPPING_TEXT = "compare-cell-text";
    static final String BAR_TRACK = "diverging-track";
    static final String BAR_FILL = "diverging-fill";
    static final String BAR_AXIS = "diverging-axis";
    static final String NOTE = "compare-note";

    private CompareCss() {
    }

    /** "change-improved", "change-regressed", …: colour (Okabe-Ito) on top of the glyph and the words. */
    static String of(Change change) {
        return "change-" + change.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
