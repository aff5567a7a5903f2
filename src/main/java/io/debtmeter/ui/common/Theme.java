package io.debtmeter.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.debtmeter.core.platform.Settings;
import javafx.application.Application;

import java.util.Optional;

/**
 * The two looks of the app. Our own stylesheet only uses the theme's looked-up colours, so
 * switching the user-agent stylesheet restyles every screen, charts included.
 */
public enum Theme {
    LIGHT,
    DARK;

    static final String SETTING = "theme";

    /**
     * The theme's precompiled binary stylesheet (.bss) where it ships one: parsing the 170 KB CSS
     * text instead costs a noticeable part of a cold start.
     */
    public void apply() {
        atlantafx.base.theme.Theme theme = this == DARK ? new PrimerDark() : new PrimerLight();
        String binary = theme.getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(binary != null ? binary : theme.getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** The theme the user chose last time; light when none was saved or the value is unknown. */
    public static Theme remembered(Settings settings) {
        return settings.get(SETTING).flatMap(Theme::parse).orElse(LIGHT);
    }

    public void remember(Settings settings) {
        settings.put(SETTING, name());
    }

    private static Optional<Theme> parse(String name) {
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
