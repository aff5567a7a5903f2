package io.debtmeter.cli;

import io.debtmeter.core.export.ActionsCsv;
import io.debtmeter.core.export.Exporter;
import io.debtmeter.core.export.MarkdownExport;
import io.debtmeter.core.export.ScoresCsv;
import io.debtmeter.core.scoring.ScoreCalculator;

/**
 * The exporter behind each {@code --format}. PDF and JSON live in {@code core.export.pdf} and
 * {@code core.exchange}, which this build does not contain yet; wire them here:
 * PDF: {@code PdfReports.scorecard(store, id, options, out)} for an assessment and
 * {@code PdfReports.teamTrend(store, id, options, out)} for a team; JSON: {@code ExchangeExporter.exportAssessment|
 * exportTeam|exportDatabase(store, id, out)}. An exporter that cannot cover a subject throws
 * {@link io.debtmeter.core.export.UnsupportedSubjectException}.
 */
final class ExportFormats {

    enum Format { PDF, JSON, CSV, MD }

    enum Page { A4, LETTER }

    enum CsvContent { SCORES, ACTIONS }

    private final ScoreCalculator calculator = new ScoreCalculator();

    Exporter exporter(Format format, Page page, CsvContent csv) {
        return switch (format) {
            case CSV -> csv == CsvContent.ACTIONS ? new ActionsCsv() : new ScoresCsv(calculator);
            case MD -> new MarkdownExport(calculator);
            case PDF, JSON -> throw new CommandFailure(ExitCode.INVALID_INPUT, "--format "
                    + format.name().toLowerCase() + " is not available in this build; use csv or md");
        };
    }
}
