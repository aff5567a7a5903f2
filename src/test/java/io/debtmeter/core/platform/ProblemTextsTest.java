package io.debtmeter.core.platform;

import io.debtmeter.testsupport.BundlePairs;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Core's problem messages exist in English and Japanese alike, and the language is the one asked for. */
class ProblemTextsTest {

    @Test
    void everyProblemHasTheSameKeysAndPlaceholdersInEnglishAndJapanese() {
        assertThat(BundlePairs.problems(ProblemTexts.BUNDLE)).isEmpty();
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheMachineLocale() {
        BundlePairs.onAMachineIn(Locale.JAPAN, ProblemTexts.class, () -> {
            assertThat(ProblemTexts.of(Locale.ENGLISH).get("database.MISSING", "a.db"))
                    .isEqualTo("There is no database at a.db; nothing was created.");
            assertThat(ProblemTexts.of(Locale.JAPAN).get("database.MISSING", "a.db"))
                    .isEqualTo("a.db にデータベースはありません。何も作成していません。");
            assertThat(ProblemTexts.of(Locale.GERMAN)).isSameAs(ProblemTexts.ENGLISH);
            assertThat(ProblemTexts.of(null)).isSameAs(ProblemTexts.ENGLISH);
        });
    }
}
