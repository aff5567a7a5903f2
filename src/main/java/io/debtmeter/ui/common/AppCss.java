package io.debtmeter.ui.common;

/** Style classes of app.css that more than one screen gives its nodes; a screen's own are in its {@code …Css} class. */
public final class AppCss {

    /**
     * The framed card on a screen's subtle background: default background, thin border, rounded
     * corners. The node's own class adds its padding and spacing.
     */
    public static final String FRAMED_CARD = "framed-card";

    /** A screen's strip under its header that says why its data could not be loaded or saved. */
    public static final String PROBLEM_STRIP = "problem-strip";

    /**
     * A notice flag: bold words after an icon, on a warning tint with a thick stripe at its start.
     * A screen's own class may give it other colours (the wizard's unsaved mark is a danger).
     */
    public static final String NOTICE_FLAG = "notice-flag";

    /** A status written on a neutral chip; a screen's own rules may tint its states. */
    public static final String STATUS_CHIP = "status-chip";

    private AppCss() {
    }
}
