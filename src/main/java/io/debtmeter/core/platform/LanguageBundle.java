package io.debtmeter.core.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One properties bundle in English (the base file) or Japanese ({@code _ja}), loaded without falling
 * back to the machine's locale: a Japanese machine asking for English gets English. A value with
 * placeholders is a {@link MessageFormat} pattern (write a quote as ''); one without is used as it
 * is. The command line's, the reports' and core's problem texts each keep one per language.
 */
public final class LanguageBundle {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    private final String baseName;
    private final Locale locale;
    /** Read when first asked for: a run needs one language of each bundle, often none of core's problems. */
    private volatile ResourceBundle bundle;
    /**
     * Each pattern parsed once, by key: an import names each of its 60,000 records through one, and
     * parsing the pattern again each time showed in its profile. A {@link MessageFormat} is not safe
     * for two threads at once, so each is used under its own lock.
     */
    private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

    /** @param locale {@link Locale#ENGLISH} or {@link Locale#JAPANESE} */
    public LanguageBundle(String baseName, Locale locale) {
        this.baseName = baseName;
        this.locale = locale;
    }

    /** Whether texts for {@code language} are the Japanese ones (English for any other, and for null). */
    public static boolean isJapanese(Locale language) {
        return language != null && "ja".equals(language.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            // Two threads may both load it; ResourceBundle caches it, and either copy serves.
            loaded = ResourceBundle.getBundle(baseName, locale, NO_DEFAULT_LOCALE_FALLBACK);
            bundle = loaded;
        }
        return loaded;
    }

    public String get(String key, Object... arguments) {
        String value = bundle().getString(key);
        if (!PLACEHOLDER.matcher(value).find()) {
            return value;
        }
        MessageFormat pattern = patterns.computeIfAbsent(key, k -> new MessageFormat(value, locale));
        synchronized (pattern) {
            return pattern.format(arguments);
        }
    }
}
