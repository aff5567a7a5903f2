package io.debtmeter.core.export.pdf;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardPdfTest extends WithPdfStore {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T14:05:00Z"), ZoneId.of("UTC"));

    private final PdfReports reports = new PdfReports(new ScoreCalculator());

    @Test
    void firstPageNamesTeamPeriodGradeAndDebtIndex() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        byte[] pdf = scorecard(assessment.id(), PageFormat.A4);
        PdfFiles.keep("scorecard-small", pdf);
        List<String> pages = PdfFiles.pageTexts(pdf);

        // By hand: Data pipelines = (4/4 + 2/4) / 2 = 75 %; Model lifecycle = m1 only (m2 N/A) = 1/4 = 25 %;
        // overall = (75 + 25) / 2 = 50 %, so the debt index is 100 - 50 = 50.0, grade C (40 <= 50 < 60).
        // The category bars: debt 25 -> band B, debt 75 -> band D.
        assertThat(pages.get(0)).contains("Ranking Ω · 2026-Q4", "Assessed 15 Nov 2026",
                "Debt index 50.0 of 100 · grade C", "Moderate debt: practices exist but are applied unevenly.",
                "Participants: Aiko, Chloé, Дмитрий", "75.0 % · B", "25.0 % · D",
                "3 answered · 1 not applicable · 0 unanswered, of 4 items", "Page 1 of " + pages.size());
        // Weakest items: m1 (0.25) before d2 (0.5); d1 is fully mature and not listed.
        assertThat(pages.get(0)).containsSubsequence("Weakest items", "Monitor prediction drift", "Validate input schemas");
    }

    @Test
    void aDontKnowAnswerCountsAsTheLowestLevelIsCountedApartAndListedToFindOut() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        PdfTestData.save(store, assessment, "m2", new io.debtmeter.model.Answer.DontKnow(), "", java.util.Map.of());

        List<String> pages = PdfFiles.pageTexts(scorecard(assessment.id(), PageFormat.A4));

        // By hand: m2 = don't know = level 0, so Model lifecycle = (1/4 + 0/4) / 2 = 12.5 %; Data pipelines 75 %;
        // overall (75 + 12.5) / 2 = 43.75 %, debt 56.25, shown half-up as 56.3, grade C (40 <= 56.3 < 60).
        assertThat(pages.get(0)).contains("Debt index 56.3 of 100 · grade C",
                "3 answered · 0 not applicable · 0 unanswered, of 4 items",
                "1 answered \u201cdon't know\u201d count as their lowest level",
                "Levels are maturity: higher is better. The debt index is its inverse: higher is more debt.")
                .containsSubsequence("Find out before next quarter", "Reproduce any model (Model lifecycle)");
    }

    @Test
    void votesAreOneLabelledLineWithoutTheWordTwice() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        String text = String.join("\n", PdfFiles.pageTexts(scorecard(assessment.id(), PageFormat.A4)));

        // d1: 1 vote for 3 Routine and 3 for 4 Automated = 4 votes, one level apart.
        // d2: 1 × 0, 2 × 2, 1 × 3 = 4 votes, spread 3 levels (0 to 3), worth discussing.
        assertThat(text).contains("Votes (4): 1 × 3 Routine, 3 × 4 Automated · spread 1 level",
                "Votes (4): 1 × 0 Not practised, 2 × 2 Defined, 1 × 3 Routine · spread 3 levels, worth discussing");
        // Issue 19: the PDF said "Votes: 3 votes: …".
        assertThat(text).doesNotContain("Votes: ").doesNotContainPattern("\\d votes?:");
    }

    @Test
    void notesInJapaneseAccentedLatinAndCyrillicComeBackIntact() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        byte[] pdf = scorecard(assessment.id(), PageFormat.A4);

        String text = String.join("\n", PdfFiles.pageTexts(pdf));
        assertThat(text).contains("Note: " + PdfTestData.JAPANESE, "Note: " + PdfTestData.ACCENTED,
                "Note: " + PdfTestData.CYRILLIC, "Level 2 · Defined", "Written down and mostly followed.");
        // Japanese needs the fallback font; every font is embedded (as a subset: the name has a "ABCDEF+" tag).
        var fonts = PdfFiles.fonts(pdf);
        assertThat(fonts.keySet()).hasSize(3).allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+.+"));
        assertThat(fonts.keySet()).anyMatch(n -> n.endsWith("+NotoSans-Regular")).anyMatch(n -> n.endsWith("+NotoSans-Bold"))
                .anyMatch(n -> n.endsWith("+IPAGothic"));
        assertThat(fonts).allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
    }

    @Test
    void aLatinOnlyReportDoesNotCarryTheJapaneseFont() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        PdfTestData.save(store, assessment, "d1", new io.debtmeter.model.Answer.Level(4), "plain note", java.util.Map.of());

        byte[] pdf = scorecard(assessment.id(), PageFormat.A4);

        assertThat(PdfFiles.fonts(pdf).keySet()).hasSize(2).noneMatch(name -> name.contains("IPAGothic"));
        assertThat(String.join("", PdfFiles.pageTexts(pdf))).contains("Note: plain note");
    }

    @Test
    void aLongNoteWrapsInsideTheTextArea() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        String sentence = "The nightly feature backfill silently dropped late events for three weeks before anyone noticed. ";
        String longNote = sentence.repeat(12) + "日本語の長いメモも折り返されるべきです。".repeat(10)
                + " https://wiki.example.org/" + "very-long-path-segment-".repeat(8);
        PdfTestData.save(store, assessment, "d2", new io.debtmeter.model.Answer.Level(2), longNote, java.util.Map.of());

        for (PageFormat format : PageFormat.values()) {
            byte[] pdf = scorecard(assessment.id(), format);

            // Text area: 50 pt margins each side, so nothing may end right of page width - 50 (half a point for rounding).
            float limit = format.size().getWidth() - ReportFlow.SIDE + 0.5f;
            assertThat(PdfFiles.rightmostGlyph(pdf)).as(format.name()).allSatisfy(edge -> assertThat(edge).isLessThanOrEqualTo(limit));
            String text = String.join("\n", PdfFiles.pageTexts(pdf)).replace("\n", " ");
            assertThat(text).as("every word of the note is there, in order").contains(
                    "before anyone noticed. The nightly feature backfill");
            assertThat(text.replace(" ", "")).contains("日本語の長いメモも折り返されるべきです。".repeat(10).replace(" ", ""));
        }
    }

    @Test
    void anActionTableOfManyRowsRepeatsItsHeaderOnEveryPageItSpans() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        IntStream.rangeClosed(1, 70).forEach(n -> store.addAction(assessment.id(), "d1",
                "Action number %02d: add a schema check to the ingestion job".formatted(n), "Owner " + n,
                Optional.of(LocalDate.of(2027, 1, 1 + n % 28))));

        byte[] pdf = scorecard(assessment.id(), PageFormat.A4);
        PdfFiles.keep("scorecard-many-actions", pdf);

        List<String> pages = PdfFiles.pageTexts(pdf);
        List<String> withRows = pages.stream().filter(p -> p.contains("Action number")).toList();
        assertThat(withRows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(withRows).allSatisfy(page -> assertThat(page).contains("Item", "Action", "Owner", "Due", "Status"));
        String all = String.join("\n", pages);
        assertThat(all).contains("Action number 01", "Action number 35", "Action number 70");
    }

    @Test
    void anActionLongerThanAPageContinuesOnTheNextPagesAndLosesNoWord() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        store.addAction(assessment.id(), "d1", "Short action before the long one", "Aiko", Optional.empty());
        // Pasted minutes: 160 numbered sentences, about three A4 pages of the action column.
        String minutes = IntStream.rangeClosed(1, 160)
                .mapToObj(n -> "Minute %03d: re-run the backfill and compare the row counts.".formatted(n))
                .collect(java.util.stream.Collectors.joining(" "));
        store.addAction(assessment.id(), "d2", minutes, "Chloé", Optional.empty());
        store.addAction(assessment.id(), "m1", "Short action after the long one", "Дмитрий", Optional.empty());

        for (PageFormat format : PageFormat.values()) {
            byte[] pdf = scorecard(assessment.id(), format);
            PdfFiles.keep("scorecard-long-action-" + format.name().toLowerCase(Locale.ROOT), pdf);

            // Nothing below the bottom margin but the footer: every glyph above the page's bottom edge.
            float height = format.size().getHeight();
            assertThat(PdfFiles.lowestGlyph(pdf)).as(format.name())
                    .allSatisfy(lowest -> assertThat(lowest).isLessThan(height));
            List<String> pages = PdfFiles.pageTexts(pdf);
            String text = String.join("\n", pages).replace("\n", " ");
            assertThat(text).as("every minute, in order, and the rows around it").containsSubsequence(
                    IntStream.rangeClosed(1, 160).mapToObj("Minute %03d:"::formatted).toArray(String[]::new));
            assertThat(text).containsSubsequence("Short action before the long one", "Minute 001:", "Minute 160:",
                    "Short action after the long one");
            // The row spans pages; each of them carries the table's header again, and each page after
            // the first names the row's item again.
            List<String> withMinutes = pages.stream().filter(p -> p.contains("Minute ")).toList();
            assertThat(withMinutes).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(page -> assertThat(page).contains("Item", "Action", "Owner", "Due", "Status"));
            assertThat(withMinutes.subList(1, withMinutes.size()))
                    .allSatisfy(page -> assertThat(page.replace("\n", " ")).contains("Validate input schemas (continued)"));
            assertThat(withMinutes.get(0)).doesNotContain("(continued)");
        }
    }

    @Test
    void everyPageHasHeaderFooterPageNumberAndGenerationTime() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        List<String> pages = PdfFiles.pageTexts(scorecard(assessment.id(), PageFormat.A4));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size(),
                    "Generated 26 Nov 2026 14:05 UTC", "Ranking Ω", "Technical debt scorecard · 2026-Q4");
        }
    }

    @Test
    void a4AndLetterPagesHaveTheirPaperSize() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        // A4 is 210 × 297 mm = 595.3 × 841.9 pt; US Letter is 8.5 × 11 in = 612 × 792 pt.
        assertThat(PdfFiles.mediaBoxes(scorecard(assessment.id(), PageFormat.A4))).isNotEmpty().containsOnly("595x842");
        assertThat(PdfFiles.mediaBoxes(scorecard(assessment.id(), PageFormat.LETTER))).isNotEmpty().containsOnly("612x792");
    }

    @Test
    void theChartIsVectorsNotAnImage() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        byte[] pdf = scorecard(assessment.id(), PageFormat.A4);

        assertThat(PdfFiles.images(pdf)).isZero();
    }

    @Test
    void aPartialAssessmentSaysSo() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);
        store.saveResponse(assessment.id(), ItemResponse.open("m1"));

        String first = PdfFiles.pageTexts(scorecard(assessment.id(), PageFormat.A4)).get(0);

        // m1 now unanswered: Model lifecycle has nothing scored (m2 N/A), so the overall is Data pipelines alone:
        // 75 % maturity, debt index 25.0, grade B.
        assertThat(first).contains("Debt index 25.0 of 100 · grade B", "Partial assessment: 1 of 4 items are unanswered",
                "not scored");
    }

    @Test
    void anUnknownAssessmentIsNamedAndNothingIsWritten() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000042");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> reports.scorecard(store, unknown, new PdfOptions(PageFormat.A4, CLOCK, Locale.UK), out))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("00000000-0000-0000-0000-000000000042");
        assertThat(out.size()).isZero();
    }

    private byte[] scorecard(UUID assessmentId, PageFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.scorecard(store, assessmentId, new PdfOptions(format, CLOCK, Locale.UK), out);
        return out.toByteArray();
    }
}
