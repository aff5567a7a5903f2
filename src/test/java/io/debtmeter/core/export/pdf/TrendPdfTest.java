package io.debtmeter.core.export.pdf;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrendPdfTest extends WithPdfStore {

    @Test
    void tableAndChartFollowTheTeamsAssessmentsOldestFirst() throws Exception {
        Assessment latest = PdfTestData.smallAssessment(store);
        Assessment earlier = PdfTestData.earlierAssessment(store, latest, LocalDate.of(2026, 5, 15), "2026-Q2");
        PdfTestData.save(store, earlier, "d1", new Answer.Level(1), "", Map.of());
        PdfTestData.save(store, earlier, "d2", new Answer.Level(1), "", Map.of());
        PdfTestData.save(store, earlier, "m1", new Answer.Level(0), "", Map.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReports(new ScoreCalculator()).teamTrend(store, latest.teamId(),
                new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK), out);
        byte[] pdf = out.toByteArray();
        PdfFiles.keep("trend-small", pdf);

        String text = String.join("\n", PdfFiles.pageTexts(pdf));
        // 2026-Q2 by hand: Data = (1/4 + 1/4) / 2 = 25 %, Models = 0/4 = 0 % (m2 unanswered), overall 12.5 %,
        // debt 87.5, grade E. 2026-Q4: debt 50.0, grade C (ScorecardPdfTest). Change 50.0 - 87.5 = -37.5.
        assertThat(text).containsSubsequence("2026-Q2 15 May 2026 87.5 E", "2026-Q4 15 Nov 2026 50.0 C \u25BC −37.5 improved");
        // ▼ is less debt everywhere (the app's compare and portfolio screens): an improvement never reads ▲.
        assertThat(text).doesNotContain("\u25B2");
        // Category debts: Data 75.0 -> 25.0 (-50.0); Models 100.0 -> 75.0 (-25.0).
        assertThat(text).contains("Data pipelines 2026-Q2: 75.0 2026-Q4: 25.0 \u25BC −50.0 improved",
                "Model lifecycle 2026-Q2: 100.0 2026-Q4: 75.0 \u25BC −25.0 improved");
        assertThat(text).contains("2 assessments, 2026-Q2 to 2026-Q4", "Page 1 of ");
        // Issue 19: the trend PDF had no heat map. Items × periods, each cell's level as written in 2026-Q2 and
        // 2026-Q4 (PdfTestData): d1 1 → 4, d2 1 → 2, m1 0 → 1, m2 unanswered (blank box) → N/A.
        assertThat(text).containsSubsequence("Items over time", "0 Not practised", "4 Automated", "not applicable",
                "unanswered", "Item 2026-Q2 2026-Q4", "Data pipelines", "Version the training data 1 4",
                "Validate input schemas 1 2", "Model lifecycle", "Monitor prediction drift 0 1", "Reproduce any model N/A");
        assertThat(PdfFiles.images(pdf)).isZero();
    }

    @Test
    void aTeamWithoutAssessmentsGetsAShortReport() throws Exception {
        var team = store.createTeam("New team");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReports(new ScoreCalculator()).teamTrend(store, team.id(),
                new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK), out);

        assertThat(PdfFiles.pageTexts(out.toByteArray())).hasSize(1).first().asString()
                .contains("New team", "This team has no assessments yet.", "Page 1 of 1");
    }
}
