package io.debtmeter.core.export.pdf;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardPdfTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T14:05:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path folder;

    private AssessmentStore store;
    private final PdfReports reports = new PdfReports(new ScoreCalculator());

    @BeforeEach
    void open() throws Exception {
        store = SqliteAssessmentStore.open(folder.resolve("pdf.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void firstPageNamesTeamPeriodGradeAndDebtIndex() throws Exception {
        Assessment assessment = PdfTestData.smallAssessment(store);

        List<String> pages = PdfFiles.pageTexts(scorecard(assessment.id(), PageFormat.A4));
        PdfFiles.keep("scorecard-small", scorecard(assessment.id(), PageFormat.A4));

        // By hand: Data pipelines = (4/4 + 2/4) / 2 = 75 %; Model lifecycle = m1 only (m2 N/A) = 1/4 = 25 %;
        // overall = (75 + 25) / 2 = 50 %, so the debt index is 100 - 50 = 50.0, grade C (40 <= 50 < 60).
        String first = pages.get(0);
        assertThat(first).contains("Ranking Ω · 2026-Q4", "Debt index 50.0 of 100 · grade C",
                "Moderate debt: practices exist but are applied unevenly.", "Aiko, Chloé, Дмитрий",
                "75.0 %", "25.0 %", "3 answered · 1 not applicable · 0 unanswered, of 4 items", "Page 1 of " + pages.size());
    }

    private byte[] scorecard(UUID assessmentId, PageFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.scorecard(store, assessmentId, new PdfOptions(format, CLOCK, Locale.UK), out);
        return out.toByteArray();
    }

    @Test
    void sampleTeamPreview() throws Exception {
        var rubric = new RubricCatalog(new RubricLoader(), folder).load().find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
        UUID latest = store.assessments(team.id()).get(0).id();
        PdfFiles.keep("scorecard-sample", scorecard(latest, PageFormat.A4));
        UUID previous = store.assessments(team.id()).get(1).id();
        var out = new ByteArrayOutputStream();
        reports.comparison(store, previous, latest, new PdfOptions(PageFormat.LETTER, CLOCK, Locale.US), out);
        PdfFiles.keep("comparison-sample", out.toByteArray());
        out = new ByteArrayOutputStream();
        reports.teamTrend(store, team.id(), new PdfOptions(PageFormat.A4, CLOCK, Locale.UK), out);
        PdfFiles.keep("trend-sample", out.toByteArray());
    }
}
