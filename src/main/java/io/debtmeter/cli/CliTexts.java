package io.debtmeter.cli;

import io.debtmeter.core.platform.LanguageBundle;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line in one language, from {@code io/debtmeter/cli/cli.properties} (English)
 * and {@code cli_ja.properties}: its help (which picocli reads from the same bundle) and its messages
 * ({@code cli.*} keys). Japanese for a Japanese locale, English for every other; never the machine's
 * locale by accident. A value with placeholders is a {@link MessageFormat} pattern (a quote is written
 * ''); one without is used as it is.
 */
public final class CliTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.debtmeter.cli.cli";

    public static final CliTexts ENGLISH = new CliTexts(Locale.ENGLISH);
    public static final CliTexts JAPANESE = new CliTexts(Locale.JAPANESE);

    private final LanguageBundle words;

    private CliTexts(Locale locale) {
        this.words = new LanguageBundle(BUNDLE, locale);
    }

    /** The texts for a language: Japanese for {@code ja}, English for any other. */
    public static CliTexts of(Locale language) {
        return LanguageBundle.isJapanese(language) ? JAPANESE : ENGLISH;
    }

    /** {@link Locale#ENGLISH} or {@link Locale#JAPANESE}: also the language of dates and reports. */
    public Locale locale() {
        return words.locale();
    }

    boolean japanese() {
        return this == JAPANESE;
    }

    /** The bundle picocli reads the help from. */
    ResourceBundle bundle() {
        return words.bundle();
    }

    String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }
}
