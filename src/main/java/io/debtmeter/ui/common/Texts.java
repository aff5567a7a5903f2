package io.debtmeter.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the window shows comes from a bundle, ready for translation. Each feature keeps its
 * own {@code messages.properties} beside its views; keys are prefixed with the feature's name.
 */
public final class Texts {

    /** The bundles, searched in order. A new feature adds its bundle here. */
    public static final List<String> BUNDLES = List.of(
            "io.debtmeter.ui.messages",
            "io.debtmeter.ui.wizard.messages",
            "io.debtmeter.ui.scorecard.messages",
            "io.debtmeter.ui.trends.messages",
            "io.debtmeter.ui.compare.messages",
            "io.debtmeter.ui.portfolio.messages",
            "io.debtmeter.ui.transfer.messages",
            "io.debtmeter.ui.voting.messages",
            "io.debtmeter.ui.connect.messages");

    /**
     * No fallback to the machine's default locale: with the default control, asking for English on
     * a Japanese machine would find {@code messages_ja} before the English base file.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, locale, NO_DEFAULT_LOCALE_FALLBACK))
                .toList();
    }

    public String get(String key, Object... arguments) {
        String pattern = lookUp(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The language these texts are in. */
    public Locale locale() {
        return locale;
    }

    /** A date in this language's one format: "6 Dec 2026", "2026年12月6日". */
    public String date(java.time.LocalDate date) {
        return io.debtmeter.core.scoring.DisplayDates.shown(date, locale);
    }

    private String lookUp(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for key " + key, Texts.class.getName(), key);
    }
}
