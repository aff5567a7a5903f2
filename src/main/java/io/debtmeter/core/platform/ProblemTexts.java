package io.debtmeter.core.platform;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What core tells a user when something is wrong (a database it cannot open, a rubric or exchange
 * file it cannot read) in one language, from {@code io/debtmeter/core/problems.properties} (English)
 * and {@code problems_ja.properties}. Japanese for a Japanese locale, English for every other; never
 * the machine's locale by accident. The components that write such messages take one of these,
 * {@link #ENGLISH} unless told otherwise. A value with placeholders is a {@link MessageFormat}
 * pattern (write a quote as ''); one without is used as it is. Pass arguments as strings, so numbers
 * read as the caller formatted them.
 */
public final class ProblemTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.debtmeter.core.problems";

    public static final ProblemTexts ENGLISH = new ProblemTexts(Locale.ENGLISH);
    public static final ProblemTexts JAPANESE = new ProblemTexts(Locale.JAPANESE);

    private final LanguageBundle words;

    private ProblemTexts(Locale locale) {
        this.words = new LanguageBundle(BUNDLE, locale);
    }

    /** The texts for a language: Japanese for {@code ja}, English for any other (and for null). */
    public static ProblemTexts of(Locale language) {
        return LanguageBundle.isJapanese(language) ? JAPANESE : ENGLISH;
    }

    /** {@link Locale#ENGLISH} or {@link Locale#JAPANESE}. */
    public Locale locale() {
        return words.locale();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /**
     * A problem in a file, read like a compiler error: {@code team.json:12:5: /teams/0/name: must not be blank};
     * "(document)" in this language where the pointer is empty, no line and column when unknown (0).
     */
    public String located(String source, String pointer, int line, int column, String message) {
        String place = line > 0 ? source + ":" + line + ":" + column : source;
        String where = pointer.isEmpty() ? get("document") : pointer;
        return place + ": " + where + ": " + message;
    }
}
