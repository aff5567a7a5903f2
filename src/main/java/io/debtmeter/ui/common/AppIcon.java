package io.debtmeter.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** All icons the app uses, in one place, so one icon means one thing everywhere. */
public enum AppIcon {
    APP(Material2MZ.SPEED),
    BACK(Material2AL.ARROW_BACK),
    RUBRIC(Material2AL.FACT_CHECK),
    CATEGORY(Material2AL.FOLDER_OPEN),
    PRACTICE(Material2AL.CHECK_CIRCLE_OUTLINE),
    LITMUS(Material2AL.HELP_OUTLINE),
    WARNING(Material2MZ.WARNING),
    FOLDER(Material2AL.FOLDER),
    BROWSE(Material2AL.ARROW_FORWARD),
    ADD(Material2AL.ADD),
    SAMPLE(Material2AL.LIBRARY_ADD),
    EDIT(Material2AL.EDIT),
    DELETE(Material2AL.DELETE_OUTLINE),
    START(Material2MZ.PLAY_ARROW),
    TEAMS(Material2MZ.PEOPLE),
    SETTINGS(Material2MZ.SETTINGS),
    OPEN_FOLDER(Material2AL.FOLDER_OPEN),
    TRENDS(Material2MZ.SHOW_CHART),
    COMPARE(Material2AL.COMPARE_ARROWS),
    PORTFOLIO(Material2AL.DASHBOARD),
    DARK_MODE(Material2MZ.NIGHTS_STAY),
    LANGUAGE(Material2AL.LANGUAGE),
    LIGHT_MODE(Material2MZ.WB_SUNNY),
    EXPORT(Material2MZ.SAVE_ALT),
    IMPORT(Material2AL.INPUT),
    DONE(Material2AL.CHECK_CIRCLE),
    ERROR(Material2AL.ERROR_OUTLINE),
    OPEN_FILE(Material2AL.INSERT_DRIVE_FILE),
    SEARCH(Material2MZ.SEARCH),
    CANCEL(Material2AL.CLOSE),
    SHARED_DATABASE(Material2MZ.STORAGE),
    LOCK(Material2AL.LOCK),
    SELECTED(Material2AL.CHECK_CIRCLE),
    NOT_SELECTED(Material2MZ.RADIO_BUTTON_UNCHECKED),
    NOT_APPLICABLE(Material2AL.DO_NOT_DISTURB),
    DONT_KNOW(Material2AL.HELP_OUTLINE),
    CARRIED_OVER(Material2AL.HISTORY),
    DISCUSS(Material2AL.FLAG),
    UNSAVED(Material2AL.ERROR),
    SAVED(Material2AL.CLOUD_DONE),
    SAVING(Material2MZ.SYNC),
    REMOVE(Material2MZ.REMOVE),
    CLOSE(Material2AL.CLOSE),
    CHECK(Material2AL.DONE),
    DROP(Material2AL.BLOCK),
    LINK(Material2AL.LINK),
    KEYS(Material2AL.KEYBOARD),
    PRESENTER(Material2MZ.PRESENT_TO_ALL),
    FINISH(Material2AL.DONE_ALL),
    REOPEN(Material2AL.LOCK_OPEN),
    RETRY(Material2MZ.REFRESH),
    PREVIOUS(Material2AL.CHEVRON_LEFT),
    NEXT(Material2AL.CHEVRON_RIGHT),
    VOTES(Material2AL.HOW_TO_VOTE),
    PHONE_VOTING(Material2MZ.PHONE_ANDROID),
    ACTION(Material2AL.ASSIGNMENT_TURNED_IN),
    CONFLICT(Material2AL.CALL_SPLIT);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        return new FontIcon(ikon);
    }

    public FontIcon create(int size) {
        FontIcon icon = new FontIcon(ikon);
        // Appended to the inline style (which carries the icon font), because theme stylesheets
        // set -fx-icon-size and would win over setIconSize.
        icon.setStyle(icon.getStyle() + ";-fx-icon-size: " + size + "px;");
        return icon;
    }
}
