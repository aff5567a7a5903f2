package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.ScreenStyle;
import javafx.css.PseudoClass;

/** The wizard's own style classes (wizard.css); AtlantaFX's come from {@code atlantafx.base.theme.Styles}. */
final class WizardCss {

    /** Root, header, page, panels and problem strip, named after the screen (see ScreenStyle). */
    static final ScreenStyle SCREEN = new ScreenStyle("wizard");

    static final String PRESENTER = "presenter";
    static final String CATEGORY = "wizard-category";
    static final String MAIN = "wizard-main";
    static final String SIDE = "wizard-side";
    static final String HISTORY = "wizard-history";
    static final String ITEM_TITLE = "wizard-item-title";
    static final String QUESTION = "wizard-question";
    static final String WHY = "wizard-why";
    static final String CHOICE_CARD = "choice-card";
    static final String CHOICE_NUMBER = "choice-number";
    static final String CHOICE_LABEL = "choice-label";
    static final String CHOICE_DESCRIPTOR = "choice-descriptor";
    /** "Show: …" under a level's descriptor: the evidence rubric 2.0 names for it. */
    static final String CHOICE_EVIDENCE = "choice-evidence";
    /** The rubric's placement rule under "Choose a level". */
    static final String PLACEMENT_RULE = "placement-rule";
    static final String CHOICE_MARK = "choice-mark";
    static final String KEYCAP = "keycap";
    static final String BANNER = "wizard-banner";
    static final String CARRIED_OVER = "carried-over";
    static final String UNSAVED = "unsaved-mark";
    static final String DISCUSS = "discuss-flag";
    static final String VOTE_BAR = "vote-bar";
    static final String VOTE_COUNT = "vote-count";
    static final String SIDEBAR = "wizard-sidebar";
    static final String SIDEBAR_CATEGORY = "sidebar-category";
    static final String SIDEBAR_ITEM = "sidebar-item";
    static final String SIDEBAR_STATE = "sidebar-state";
    static final String ACTION_ROW = "action-row";
    static final String OVERLAY = "wizard-overlay";
    static final String OVERLAY_CARD = "wizard-overlay-card";
    static final String BIG_ANSWER = "big-answer";

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    private WizardCss() {
    }
}
