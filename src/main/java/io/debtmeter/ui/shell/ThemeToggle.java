package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.Settings;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import java.io.UncheckedIOException;

/** The header's button that switches light and dark at once and remembers the choice for the next start. */
final class ThemeToggle extends Button {

    private final Texts texts;
    private final Settings settings;
    private Theme theme;

    ThemeToggle(Texts texts, Settings settings) {
        this.texts = texts;
        this.settings = settings;
        theme = Theme.remembered(settings);
        setId("theme-toggle");
        getStyleClass().addAll("flat", "button-icon");
        setOnAction(event -> switchTheme());
        showTheme();
    }

    private void switchTheme() {
        theme = theme.other();
        theme.apply();
        showTheme();
        try {
            theme.remember(settings);
        } catch (UncheckedIOException e) {
            // The theme still changes for this session; only remembering it failed.
            setTooltip(new Tooltip(e.getMessage()));
        }
    }

    private void showTheme() {
        boolean dark = theme == Theme.DARK;
        setGraphic((dark ? AppIcon.LIGHT_MODE : AppIcon.DARK_MODE).create());
        String tip = texts.get(dark ? "theme.toLight" : "theme.toDark");
        setTooltip(new Tooltip(tip));
        setAccessibleText(tip);
    }
}
