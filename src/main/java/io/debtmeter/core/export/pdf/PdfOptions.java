package io.debtmeter.core.export.pdf;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * How a report is produced.
 *
 * @param format paper size
 * @param clock  gives the "generated" date and time in the footer (and its time zone); tests fix it
 * @param locale formats numbers and dates (the report's words are English, like the app's)
 */
public record PdfOptions(PageFormat format, Clock clock, Locale locale) {

    public PdfOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
    }

    /** A4, the system clock and zone, the default locale. */
    public static PdfOptions defaults() {
        return new PdfOptions(PageFormat.A4, Clock.systemDefaultZone(), Locale.getDefault());
    }

    public PdfOptions withFormat(PageFormat newFormat) {
        return new PdfOptions(newFormat, clock, locale);
    }
}
