package io.debtmeter.cli;

import io.debtmeter.testsupport.BundlePairs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's bundle (help and messages) exists in English and Japanese with the same keys and
 * placeholders (the checks of {@link BundlePairs}, as for the window's and the reports' bundles).
 */
class CliBundleInBothLanguagesTest {

    @Test
    void theCliBundleHasTheSameKeysAndPlaceholdersInEnglishAndJapanese() {
        List<String> problems = BundlePairs.problems(CliTexts.BUNDLE);

        assertThat(problems).isEmpty();
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheMachineLocale() {
        // A Japanese machine asking for English gets the English base file, not cli_ja.
        BundlePairs.onAMachineIn(Locale.JAPAN, CliTexts.class, () -> {
            assertThat(ResourceBundle.getBundle(CliTexts.BUNDLE, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("cli.teams.none")).isEqualTo("No teams in {0}.");
            assertThat(CliTexts.ENGLISH.get("cli.teams.none", "x.db")).isEqualTo("No teams in x.db.");
            assertThat(CliTexts.JAPANESE.get("cli.teams.none", "x.db")).isEqualTo("x.db にチームはありません。");
            assertThat(CliTexts.of(Locale.GERMAN)).isSameAs(CliTexts.ENGLISH);
            assertThat(CliTexts.of(Locale.JAPAN)).isSameAs(CliTexts.JAPANESE);
        });
    }
}
