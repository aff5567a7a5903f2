package io.debtmeter.core.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people read them: one format per language, the same on every screen, in every report and
 * on the command line. English writes "6 Dec 2026" (never the machine's locale by accident: a laptop
 * set to en_US would otherwise print "12/6/2026" on one screen and "Dec 6, 2026" on another), Japanese
 * "2026年12月6日". Files meant for programs (JSON, CSV, backups' stamps) keep ISO dates and do not come here.
 */
public final class DisplayDates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

    private DisplayDates() {
    }

    /** The formatter behind {@link #shown(LocalDate)}, for code that formats dates itself. */
    public static DateTimeFormatter formatter() {
        return ENGLISH;
    }

    /** "6 Dec 2026". */
    public static String shown(LocalDate date) {
        return ENGLISH.format(date);
    }

    /** The date in the given language's one format; every language but Japanese reads English for now. */
    public static String shown(LocalDate date, Locale language) {
        return "ja".equals(language.getLanguage()) ? JAPANESE.format(date) : ENGLISH.format(date);
    }

    /** The date, or an empty string when there is none (an action without a due date). */
    public static String shown(Optional<LocalDate> date) {
        return date.map(DisplayDates::shown).orElse("");
    }
}
