package io.debtmeter.core.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the window, the command line and the reports speak: the system's (when it is one we
 * have), English or Japanese. Chosen once per run — from {@code --lang}, else the remembered setting,
 * else the system — and handed down; nothing reads the machine's locale by accident.
 */
public enum DisplayLanguage {
    SYSTEM("system"),
    ENGLISH("en"),
    JAPANESE("ja");

    /** Where the choice is remembered in {@link Settings}. */
    public static final String SETTING = "language";

    private final String tag;

    DisplayLanguage(String tag) {
        this.tag = tag;
    }

    /** "system", "en" or "ja": what {@code --lang} and the settings file take. */
    public String tag() {
        return tag;
    }

    public static Optional<DisplayLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }

    /** The remembered choice; the system's when none (or an unknown one) is remembered. */
    public static DisplayLanguage remembered(Settings settings) {
        return settings.get(SETTING).flatMap(DisplayLanguage::ofTag).orElse(SYSTEM);
    }

    /** The locale texts are shown in: Japanese or English, the system's resolved to one of them. */
    public Locale locale(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case JAPANESE -> Locale.JAPANESE;
            case SYSTEM -> "ja".equals(system.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        };
    }
}
