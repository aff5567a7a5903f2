package io.debtmeter.ui.shell;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Notifications;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The header's language choice: the system's, English or 日本語, remembered for the next start. The
 * window keeps its language until then, so nothing typed and not yet saved is ever thrown away by
 * rebuilding the screens; a notice says so. Each language is named in itself, so a person who reads
 * only one of them finds it.
 */
final class LanguageMenu extends MenuButton {

    LanguageMenu(Texts texts, Settings settings, Notifications notifications) {
        setId("language-menu");
        setGraphic(AppIcon.LANGUAGE.create());
        getStyleClass().addAll("flat", "button-icon");
        setAccessibleText(texts.get("language.choose"));
        setTooltip(new javafx.scene.control.Tooltip(texts.get("language.choose")));
        ToggleGroup group = new ToggleGroup();
        DisplayLanguage remembered = DisplayLanguage.remembered(settings);
        for (DisplayLanguage language : List.of(DisplayLanguage.SYSTEM, DisplayLanguage.ENGLISH, DisplayLanguage.JAPANESE)) {
            RadioMenuItem item = new RadioMenuItem(name(texts, language));
            item.setId("language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == remembered);
            item.setOnAction(event -> choose(texts, settings, notifications, language));
            getItems().add(item);
        }
    }

    private static String name(Texts texts, DisplayLanguage language) {
        return switch (language) {
            // "System (日本語)": what the system's language comes to here.
            case SYSTEM -> texts.get("language.system", name(texts,
                    Locale.JAPANESE.equals(DisplayLanguage.SYSTEM.locale(Locale.getDefault())) ? DisplayLanguage.JAPANESE
                            : DisplayLanguage.ENGLISH));
            case ENGLISH -> "English";
            case JAPANESE -> "日本語";
        };
    }

    private static void choose(Texts texts, Settings settings, Notifications notifications, DisplayLanguage language) {
        try {
            settings.put(DisplayLanguage.SETTING, language.tag());
            boolean same = language.locale(Locale.getDefault()).equals(texts.locale());
            notifications.done(same ? texts.get("language.kept") : texts.get("language.atNextStart", name(texts, language)), List.of());
        } catch (UncheckedIOException e) {
            notifications.failed(texts.get("language.notRemembered", e.getMessage()));
        }
    }
}
