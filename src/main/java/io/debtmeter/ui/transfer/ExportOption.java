package io.debtmeter.ui.transfer;

import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportSubject;

import java.util.List;

/** The kinds of file the Export dialog offers, each with the format and content it writes. */
enum ExportOption {
    PDF(ExportFormats.Format.PDF, ExportFormats.CsvContent.SCORES, "pdf"),
    MARKDOWN(ExportFormats.Format.MD, ExportFormats.CsvContent.SCORES, "md"),
    CSV_SCORES(ExportFormats.Format.CSV, ExportFormats.CsvContent.SCORES, "csv"),
    CSV_ACTIONS(ExportFormats.Format.CSV, ExportFormats.CsvContent.ACTIONS, "csv"),
    JSON(ExportFormats.Format.JSON, ExportFormats.CsvContent.SCORES, "json");

    private final ExportFormats.Format format;
    private final ExportFormats.CsvContent csv;
    private final String extension;

    ExportOption(ExportFormats.Format format, ExportFormats.CsvContent csv, String extension) {
        this.format = format;
        this.csv = csv;
        this.extension = extension;
    }

    ExportFormats.Format format() {
        return format;
    }

    ExportFormats.CsvContent csv() {
        return csv;
    }

    String extension() {
        return extension;
    }

    /** What a file name of this option ends with, e.g. "-actions.csv", so two CSVs never collide. */
    String fileSuffix() {
        return (this == CSV_ACTIONS ? "-actions" : "") + "." + extension;
    }

    /** What makes sense for each subject: a comparison has no CSV or JSON of its own. */
    static List<ExportOption> forSubject(ExportSubject subject) {
        if (subject instanceof ExportSubject.Comparison) {
            return List.of(PDF, MARKDOWN);
        }
        if (subject instanceof ExportSubject.Everything) {
            return List.of(JSON, CSV_SCORES, CSV_ACTIONS);
        }
        return List.of(PDF, MARKDOWN, CSV_SCORES, CSV_ACTIONS, JSON);
    }
}
