package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.analysis.trends.TeamTrendCalculator;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.analysis.trends.HeatMapBuilder;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * The PDF reports: a scorecard, a comparison of two assessments, and a team's trend. Each method reads
 * the store, lays the report out and writes the PDF to {@code out} (the caller owns the stream and
 * writing it safely to a file) and returns the characters it had to replace with "?" because no font, shipped
 * or installed, has them. Blocks: call it off the UI thread. Holds the font files once read, so
 * make one and keep it.
 */
public final class PdfReports {

    private final ScoreCalculator calculator;
    private final FontFiles fonts;

    public PdfReports(ScoreCalculator calculator) {
        this(calculator, new FontFiles());
    }

    /** With {@code fonts}: tests choose which installed fonts the reports may use. */
    public PdfReports(ScoreCalculator calculator, FontFiles fonts) {
        this.calculator = calculator;
        this.fonts = fonts;
    }

    /** One assessment's scorecard. */
    public PdfResult scorecard(AssessmentStore store, UUID assessmentId, PdfOptions options, OutputStream out)
            throws IOException {
        return scorecard(ScorecardReportData.load(store, calculator, assessmentId, options.language()), options, out);
    }

    /** Two assessments side by side: {@code before} is the earlier (or reference) one. */
    public PdfResult comparison(AssessmentStore store, UUID before, UUID after, PdfOptions options, OutputStream out)
            throws IOException {
        Comparison comparison = new ComparisonLoader(new AssessmentComparer(calculator), options.clock().getZone(),
                options.language().getLanguage()).load(store, before, after);
        try (ReportDocument document = new ReportDocument(fonts, options)) {
            new ComparisonReport(comparison, document).draw();
            return document.finish(document.texts().get("pdf.comparison.title"), ComparisonReport.subtitle(comparison), out);
        }
    }

    /** A team's debt over its assessments. */
    public PdfResult teamTrend(AssessmentStore store, UUID teamId, PdfOptions options, OutputStream out) throws IOException {
        return teamTrend(TrendReportData.load(store, new TeamTrendCalculator(calculator), new HeatMapBuilder(calculator),
                teamId, options.language()), options, out);
    }

    public PdfResult teamTrend(TrendReportData data, PdfOptions options, OutputStream out) throws IOException {
        try (ReportDocument document = new ReportDocument(fonts, options)) {
            new TrendReport(data, document).draw();
            return document.finish(document.texts().get("pdf.trend.title"), data.teamName(), out);
        }
    }

    /** A scorecard from data already read (tests, or a caller that has it). */
    public PdfResult scorecard(ScorecardReportData data, PdfOptions options, OutputStream out) throws IOException {
        try (ReportDocument document = new ReportDocument(fonts, options)) {
            new ScorecardReport(data, document).draw();
            return document.finish(ScorecardReport.title(document.texts(), data), data.teamName(), out);
        }
    }
}
