package io.debtmeter.core.export.pdf;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * How a report is produced.
 *
 * @param format   paper size
 * @param clock    gives the "generated" date and time in the footer (and its time zone); tests fix it
 * @param locale   formats numbers (the decimal mark) and the footer's time zone name
 * @param language the language the report speaks: its words, its dates and the rubric's texts; Japanese
 *                 for {@code ja}, English for any other. Apart from {@code locale} on purpose: the
 *                 language is chosen (DisplayLanguage), never taken from the machine's locale.
 */
public record PdfOptions(PageFormat format, Clock clock, Locale locale, Locale language) {

    public PdfOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(language, "language");
    }

    /** An English report, as before reports had a language. */
    public PdfOptions(PageFormat format, Clock clock, Locale locale) {
        this(format, clock, locale, Locale.ENGLISH);
    }

    /** A4, the system clock and zone, the default locale, English. */
    public static PdfOptions defaults() {
        return new PdfOptions(PageFormat.A4, Clock.systemDefaultZone(), Locale.getDefault());
    }

    public PdfOptions withFormat(PageFormat newFormat) {
        return new PdfOptions(newFormat, clock, locale, language);
    }

    /** The same options, the report in {@code newLanguage} (e.g. {@link Locale#JAPANESE}). */
    public PdfOptions withLanguage(Locale newLanguage) {
        return new PdfOptions(format, clock, locale, newLanguage);
    }
}
