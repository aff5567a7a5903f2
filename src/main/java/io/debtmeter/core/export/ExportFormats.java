package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.exchange.TransferProgress;
import io.debtmeter.core.export.pdf.PageFormat;
import io.debtmeter.core.export.pdf.PdfOptions;
import io.debtmeter.core.export.pdf.PdfReports;
import io.debtmeter.core.export.pdf.PdfResult;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * The exporter behind each format, for every subject, shared by the command line's {@code export}
 * and the window's Export dialog so both write the same files. A format that cannot cover a subject
 * (a PDF of the whole database, a CSV of a comparison) throws {@link UnsupportedSubjectException}.
 */
public final class ExportFormats {

    public enum Format { PDF, JSON, CSV, MD }

    public enum CsvContent { SCORES, ACTIONS }

    private final ScoreCalculator calculator = new ScoreCalculator();
    private final Clock clock;
    private final Locale locale;
    private final String exportedBy;
    private final ReportTexts texts;

    /**
     * Reports in English.
     *
     * @param clock      dates the PDF footers and the exchange files' {@code exportedAt}
     * @param locale     formats the PDFs' numbers (decimal mark); not their language, see {@link #inLanguage}
     * @param exportedBy the app and version named in exchange files, e.g. "Debtmeter 0.1.0"
     */
    public ExportFormats(Clock clock, Locale locale, String exportedBy) {
        this(clock, locale, exportedBy, Locale.ENGLISH);
    }

    /**
     * @param language the language the reports speak (PDF, Markdown, the CSV header row): Japanese for
     *                 {@code ja}, English for any other, e.g. {@code DisplayLanguage#locale(Locale)}
     */
    public ExportFormats(Clock clock, Locale locale, String exportedBy, Locale language) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.exportedBy = Objects.requireNonNull(exportedBy, "exportedBy");
        this.texts = ReportTexts.of(Objects.requireNonNull(language, "language"));
    }

    /** The same formats with the reports in {@code language}. JSON files are language-free and stay as they are. */
    public ExportFormats inLanguage(Locale language) {
        return new ExportFormats(clock, locale, exportedBy, language);
    }

    /** {@link Locale#ENGLISH} or {@link Locale#JAPANESE}: the language the reports speak. */
    public Locale language() {
        return texts.locale();
    }

    public Exporter exporter(Format format, PageFormat page, CsvContent csv) {
        return exporter(format, page, csv, TransferProgress.NONE);
    }

    /**
     * @param progress told how far a JSON export of everything has come (teams written of all), and
     *                 asked whether to stop; the other formats and subjects are quick and tell nothing
     */
    public Exporter exporter(Format format, PageFormat page, CsvContent csv, TransferProgress progress) {
        return switch (format) {
            case CSV -> csv == CsvContent.ACTIONS ? new ActionsCsv(texts) : new ScoresCsv(calculator, texts);
            case MD -> new MarkdownExport(calculator, texts);
            case PDF -> pdf(new PdfOptions(page, clock, locale, texts.locale()));
            case JSON -> json(Objects.requireNonNull(progress, "progress"));
        };
    }

    /** The exchange format (docs/exchange-format.md): what another Debtmeter imports. */
    private Exporter json(TransferProgress progress) {
        ExchangeExporter exchange = new ExchangeExporter(clock, exportedBy);
        return (store, subject, out) -> {
            if (subject instanceof ExportSubject.OneAssessment one) {
                exchange.exportAssessment(store, one.assessmentId(), out);
            } else if (subject instanceof ExportSubject.OneTeam one) {
                exchange.exportTeam(store, one.teamId(), out);
            } else if (subject instanceof ExportSubject.Everything) {
                exchange.exportDatabase(store, out, progress);
            } else {
                throw new UnsupportedSubjectException(UnsupportedSubjectException.COMPARISON);
            }
        };
    }

    /** A scorecard for an assessment, a trend report for a team, a comparison report for two assessments. */
    private Exporter pdf(PdfOptions options) {
        PdfReports reports = new PdfReports(calculator);
        return new Exporter() {
            @Override
            public void write(AssessmentStore store, ExportSubject subject, OutputStream out) throws IOException {
                writeReporting(store, subject, out);
            }

            @Override
            public ExportResult writeReporting(AssessmentStore store, ExportSubject subject, OutputStream out)
                    throws IOException {
                PdfResult result;
                if (subject instanceof ExportSubject.OneAssessment one) {
                    result = reports.scorecard(store, one.assessmentId(), options, out);
                } else if (subject instanceof ExportSubject.OneTeam one) {
                    result = reports.teamTrend(store, one.teamId(), options, out);
                } else if (subject instanceof ExportSubject.Comparison pair) {
                    result = reports.comparison(store, pair.before(), pair.after(), options, out);
                } else {
                    throw new UnsupportedSubjectException(UnsupportedSubjectException.EVERYTHING_AS_PDF);
                }
                return new ExportResult(result.replacedCharacters());
            }
        };
    }
}
