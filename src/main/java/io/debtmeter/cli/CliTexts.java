package io.debtmeter.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

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

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    // After the control above: static fields are initialised in order.
    public static final CliTexts ENGLISH = new CliTexts(Locale.ENGLISH);
    public static final CliTexts JAPANESE = new CliTexts(Locale.JAPANESE);

    private final Locale locale;
    private final ResourceBundle bundle;

    private CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
    }

    /** The texts for a language: Japanese for {@code ja}, English for any other. */
    public static CliTexts of(Locale language) {
        return "ja".equals(language.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /** {@link Locale#ENGLISH} or {@link Locale#JAPANESE}: also the language of dates and reports. */
    public Locale locale() {
        return locale;
    }

    boolean japanese() {
        return this == JAPANESE;
    }

    /** The bundle picocli reads the help from. */
    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... arguments) {
        String value = bundle.getString(key);
        return PLACEHOLDER.matcher(value).find() ? new MessageFormat(value, locale).format(arguments) : value;
    }
}
