package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.testsupport.BundlePairs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextsTest {

    @Test
    void theReportsBundleHasTheSameKeysNoBlankValueAndTheSamePlaceholdersInBothLanguages() {
        assertThat(BundlePairs.problems(ReportTexts.BUNDLE)).isEmpty();
    }

    @Test
    void eachLanguageGetsItsOwnWordsWhateverTheMachineLocale() {
        BundlePairs.onAMachineIn(Locale.JAPAN, ReportTexts.class, () -> {
            assertThat(ReportTexts.of(Locale.ENGLISH).get("col.debtIndex")).isEqualTo("Debt index");
            assertThat(ReportTexts.of(Locale.UK).get("pdf.footer.page", "1", "3")).isEqualTo("Page 1 of 3");
            assertThat(ReportTexts.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(ReportTexts.of(Locale.JAPAN).get("col.debtIndex")).isEqualTo("負債指数");
        });
    }

    @Test
    void patternsQuoteTheirApostrophesAndPlainValuesKeepThem() {
        ReportTexts english = ReportTexts.ENGLISH;
        assertThat(english.get("md.scorecard.coverageDontKnow", "3", "1", "0", "5", "1"))
                .isEqualTo("3 answered, 1 don't know, 1 not applicable, 0 open (of 5)");
        assertThat(english.get("answer.dontKnow")).isEqualTo("don't know");
        assertThat(ReportTexts.JAPANESE.get("md.scorecard.coverageDontKnow", "3", "1", "0", "5", "1"))
                .isEqualTo("回答済み 3、わからない 1、該当なし 1、未回答 0（全 5 項目）");
    }

    @Test
    void datesMovesAndStatusesInEachLanguage() {
        LocalDate date = LocalDate.of(2026, 12, 6);
        assertThat(ReportTexts.ENGLISH.date(date)).isEqualTo("6 Dec 2026");
        assertThat(ReportTexts.JAPANESE.date(date)).isEqualTo("2026年12月6日");
        assertThat(ReportTexts.ENGLISH.marked(DebtMove.LESS_DEBT, "-10.3")).isEqualTo("\u25BC -10.3 improved");
        assertThat(ReportTexts.JAPANESE.marked(DebtMove.MORE_DEBT)).isEqualTo("\u25B2 悪化");
        assertThat(ReportTexts.JAPANESE.marked(DebtMove.NOT_COMPARABLE, "x")).isEqualTo("比較不可");
        for (DebtMove move : DebtMove.values()) {
            assertThat(ReportTexts.ENGLISH.word(move)).isEqualTo(move.word());
            assertThat(ReportTexts.ENGLISH.marked(move)).isEqualTo(move.marked());
        }
        assertThat(ReportTexts.ENGLISH.status(ActionStatus.DONE)).isEqualTo("done");
        assertThat(ReportTexts.JAPANESE.status(ActionStatus.DONE)).isEqualTo("完了");
    }

    @Test
    void csvHeadersInEnglishAreTheColumnNamesProgramsRead() {
        assertThat(ScoresCsv.header(ReportTexts.ENGLISH)).isEqualTo(ScoresCsv.HEADER);
        assertThat(ActionsCsv.header(ReportTexts.ENGLISH)).isEqualTo(ActionsCsv.HEADER);
        assertThat(ScoresCsv.header(ReportTexts.JAPANESE)).hasSameSizeAs(ScoresCsv.HEADER);
        assertThat(ActionsCsv.header(ReportTexts.JAPANESE)).hasSameSizeAs(ActionsCsv.HEADER);
    }
}
