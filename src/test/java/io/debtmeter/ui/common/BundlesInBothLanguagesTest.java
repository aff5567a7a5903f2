package io.debtmeter.ui.common;

import io.debtmeter.testsupport.BundlePairs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.debtmeter.testsupport.BundlePairs.onAMachineIn;
import static io.debtmeter.testsupport.BundlePairs.placeholders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every bundle of the window exists in English (the base file) and in Japanese ({@code _ja}), with the
 * same keys and the same placeholders, so switching the language never shows a key, an English
 * leftover from {@link java.util.ResourceBundle}'s fallback, or a broken MessageFormat pattern
 * (the checks: {@link BundlePairs}).
 */
class BundlesInBothLanguagesTest {

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInEnglishAndJapanese() {
        List<String> problems = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            problems.addAll(BundlePairs.problems(bundle));
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the English/Japanese bundles:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheMachineLocale() {
        // A Japanese machine asking for English gets the English base file, not messages_ja.
        onAMachineIn(Locale.JAPAN, Texts.class, () -> {
            assertThat(new Texts(Locale.ENGLISH).get("home.items", 30)).isEqualTo("30 items");
            assertThat(new Texts(Locale.JAPAN).get("home.items", 30)).isEqualTo("30 項目");
        });
        onAMachineIn(Locale.US, Texts.class, () -> {
            assertThat(new Texts(Locale.JAPANESE).get("teams.heading")).isEqualTo("チーム");
            assertThat(new Texts(Locale.GERMAN).get("teams.heading")).isEqualTo("Teams");
        });
    }

    @Test
    void placeholderScanHonoursMessageFormatQuoting() {
        assertThat(placeholders("{0} of {1,choice,1#1 item|1<{1,number,integer} items}")).containsExactly(0, 1);
        assertThat(placeholders("Up {0,choice,0#{1} levels|1#1 level|1<{2} levels}")).containsExactly(0, 1, 2);
        assertThat(placeholders("don''t {0}")).containsExactly(0);
        assertThat(placeholders("'{0}' is quoted")).isEmpty();
        assertThat(placeholders("No placeholders here")).isEmpty();
    }
}
