package io.debtmeter.core.export.pdf;

import io.debtmeter.core.sample.SampleData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three reports of the sample team (the data a first-time user sees), kept under target/pdf/ so
 * they can be rendered with pdftoppm and looked at; checked for what every report must have.
 */
class SampleReportsTest extends WithSampleTeam {

    @Test
    void scorecardComparisonAndTrendOfTheSampleTeam() throws Exception {
        PdfOptions a4 = new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK);
        ByteArrayOutputStream scorecard = new ByteArrayOutputStream();
        reports.scorecard(store, newestFirst.get(0).id(), a4, scorecard);
        ByteArrayOutputStream comparison = new ByteArrayOutputStream();
        reports.comparison(store, newestFirst.get(1).id(), newestFirst.get(0).id(), a4.withFormat(PageFormat.LETTER),
                comparison);
        ByteArrayOutputStream trend = new ByteArrayOutputStream();
        reports.teamTrend(store, team.id(), a4, trend);
        PdfFiles.keep("scorecard-sample", scorecard.toByteArray());
        PdfFiles.keep("comparison-sample", comparison.toByteArray());
        PdfFiles.keep("trend-sample", trend.toByteArray());

        for (byte[] pdf : List.of(scorecard.toByteArray(), comparison.toByteArray(), trend.toByteArray())) {
            List<String> pages = PdfFiles.pageTexts(pdf);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).contains(SampleData.TEAM_NAME, "Page " + (i + 1) + " of " + pages.size());
            }
            assertThat(PdfFiles.images(pdf)).isZero();
            assertThat(PdfFiles.fonts(pdf)).isNotEmpty().allSatisfy((name, embedded) -> assertThat(embedded).isTrue());
        }
        // The sample's story: the trend lists all four quarters, oldest first.
        assertThat(String.join("\n", PdfFiles.pageTexts(trend.toByteArray())))
                .containsSubsequence("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }
}
