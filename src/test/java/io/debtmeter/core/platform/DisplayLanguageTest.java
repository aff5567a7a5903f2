package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The language is chosen, remembered, and resolved to one the product speaks; never the locale by accident. */
class DisplayLanguageTest {

    @TempDir
    Path folder;

    @Test
    void tagsAreWhatTheCommandLineAndTheSettingsFileTake() {
        assertThat(DisplayLanguage.ofTag("ja")).contains(DisplayLanguage.JAPANESE);
        assertThat(DisplayLanguage.ofTag(" EN ")).contains(DisplayLanguage.ENGLISH);
        assertThat(DisplayLanguage.ofTag("system")).contains(DisplayLanguage.SYSTEM);
        assertThat(DisplayLanguage.ofTag("de")).isEmpty();
        assertThat(DisplayLanguage.ofTag(null)).isEmpty();
    }

    @Test
    void theSystemsLanguageIsJapaneseOnlyOnAJapaneseSystemAndEnglishOtherwise() {
        assertThat(DisplayLanguage.SYSTEM.locale(Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
        assertThat(DisplayLanguage.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(DisplayLanguage.SYSTEM.locale(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(DisplayLanguage.ENGLISH.locale(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(DisplayLanguage.JAPANESE.locale(Locale.US)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void theChoiceIsRememberedAndAnUnknownOneFallsBackToTheSystem() {
        Settings settings = Settings.in(folder);
        assertThat(DisplayLanguage.remembered(settings)).isEqualTo(DisplayLanguage.SYSTEM);

        settings.put(DisplayLanguage.SETTING, "ja");
        assertThat(DisplayLanguage.remembered(Settings.in(folder))).isEqualTo(DisplayLanguage.JAPANESE);

        settings.put(DisplayLanguage.SETTING, "klingon");
        assertThat(DisplayLanguage.remembered(Settings.in(folder))).isEqualTo(DisplayLanguage.SYSTEM);
    }
}
