package io.debtmeter.cli;

import io.debtmeter.core.platform.DisplayLanguage;
import io.debtmeter.core.platform.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The language of a run, decided before picocli parses: --lang, else the window's choice, else the system's. */
class CliLanguageTest {

    @TempDir
    Path folder;

    @Test
    void theOptionIsFoundWhereverPicocliAcceptsIt() {
        assertThat(CliLanguage.given("--lang", "ja", "teams")).contains(DisplayLanguage.JAPANESE);
        assertThat(CliLanguage.given("teams", "--lang=ja")).contains(DisplayLanguage.JAPANESE);
        assertThat(CliLanguage.given("rubric", "show", "--lang", "EN")).contains(DisplayLanguage.ENGLISH);
        assertThat(CliLanguage.given("--lang", "system")).contains(DisplayLanguage.SYSTEM);
    }

    @Test
    void noOptionAnUnknownValueOrOneAfterDoubleDashIsNoChoice() {
        assertThat(CliLanguage.given("teams")).isEmpty();
        assertThat(CliLanguage.given("teams", "--lang")).isEmpty();
        assertThat(CliLanguage.given("--lang", "de", "teams")).isEqualTo(Optional.empty());
        assertThat(CliLanguage.given("import", "--", "--lang=ja")).isEmpty();
    }

    @Test
    void theOptionWinsOverTheWindowsChoiceWhichWinsOverTheSystem() {
        Path database = folder.resolve("data").resolve("debtmeter.db");

        assertThat(CliLanguage.of(new String[] {"teams"}, database, Locale.JAPAN)).isEqualTo(Locale.JAPANESE);
        assertThat(CliLanguage.of(new String[] {"teams"}, database, Locale.US)).isEqualTo(Locale.ENGLISH);

        Settings.in(folder.resolve("data")).put(DisplayLanguage.SETTING, "ja");
        assertThat(CliLanguage.of(new String[] {"teams"}, database, Locale.US)).isEqualTo(Locale.JAPANESE);
        assertThat(CliLanguage.of(new String[] {"--lang", "en", "teams"}, database, Locale.JAPAN))
                .isEqualTo(Locale.ENGLISH);
        assertThat(CliLanguage.of(new String[] {"--lang=system", "teams"}, database, Locale.US))
                .isEqualTo(Locale.ENGLISH);
    }
}
