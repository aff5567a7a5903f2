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
    BROWSE(Material2AL.ARROW_FORWARD);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        return new FontIcon(ikon);
    }

    public FontIcon create(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
