package io.debtmeter.core.export;

import io.debtmeter.core.platform.ProblemTexts;

import java.util.Locale;

/** A format was asked for a subject it does not cover; the message says which subjects it does. */
public final class UnsupportedSubjectException extends RuntimeException {

    /** A comparison asked for as CSV or JSON. */
    static final String COMPARISON = "export.comparisonFormats";
    /** Every team at once asked for as a PDF. */
    static final String EVERYTHING_AS_PDF = "export.everythingAsPdf";

    private final String key;

    /** @param key the problem's key in core's problems bundle */
    UnsupportedSubjectException(String key) {
        super(ProblemTexts.ENGLISH.get(key));
        this.key = key;
    }

    /** The message in {@code language}: Japanese for {@code ja}, English for any other. */
    public String message(Locale language) {
        return ProblemTexts.of(language).get(key);
    }
}
