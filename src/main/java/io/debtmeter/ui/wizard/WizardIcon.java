package io.debtmeter.ui.wizard;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Icons the wizard and scorecard need that {@code AppIcon} does not have yet. Kept here, in one
 * enum, so they move into {@code AppIcon} in one step (the wizard may not edit ui.common).
 */
public enum WizardIcon {
    SELECTED(Material2AL.CHECK_CIRCLE),
    NOT_SELECTED(Material2MZ.RADIO_BUTTON_UNCHECKED),
    NOT_APPLICABLE(Material2AL.DO_NOT_DISTURB),
    DONT_KNOW(Material2AL.HELP_OUTLINE),
    CARRIED_OVER(Material2AL.HISTORY),
    DISCUSS(Material2AL.FLAG),
    UNSAVED(Material2AL.ERROR),
    SAVED(Material2AL.CLOUD_DONE),
    SAVING(Material2MZ.SYNC),
    ADD(Material2AL.ADD),
    REMOVE(Material2MZ.REMOVE),
    DELETE(Material2AL.CLOSE),
    DONE(Material2AL.DONE),
    DROP(Material2AL.BLOCK),
    EDIT(Material2AL.EDIT),
    LINK(Material2AL.LINK),
    FIND(Material2MZ.SEARCH),
    KEYS(Material2AL.KEYBOARD),
    PRESENTER(Material2MZ.PRESENT_TO_ALL),
    FINISH(Material2AL.DONE_ALL),
    LOCKED(Material2AL.LOCK),
    REOPEN(Material2AL.LOCK_OPEN),
    RETRY(Material2MZ.REFRESH),
    PREVIOUS(Material2AL.CHEVRON_LEFT),
    NEXT(Material2AL.CHEVRON_RIGHT),
    VOTES(Material2AL.HOW_TO_VOTE),
    PHONE_VOTING(Material2MZ.PHONE_ANDROID),
    ACTION(Material2AL.ASSIGNMENT_TURNED_IN),
    CONFLICT(Material2AL.CALL_SPLIT);

    private final Ikon ikon;

    WizardIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        return new FontIcon(ikon);
    }
}
