package io.debtmeter.core.export.text;

import io.debtmeter.core.platform.LanguageBundle;
import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.model.Rubric;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of the exported reports (PDF, Markdown, CSV headers) in one language, from
 * {@code io/debtmeter/core/export/reports.properties} (English) and {@code reports_ja.properties}.
 * Japanese for a Japanese locale, English for every other; never the machine's locale by accident.
 * A value with placeholders is a {@link MessageFormat} pattern (write a quote as ''); one without is
 * used as it is. Pass numbers already formatted, as strings, so they read as on screen ("37.5").
 */
public final class ReportTexts {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.debtmeter.core.export.reports";

    public static final ReportTexts ENGLISH = new ReportTexts(Locale.ENGLISH);
    public static final ReportTexts JAPANESE = new ReportTexts(Locale.JAPANESE);

    private final LanguageBundle words;

    private ReportTexts(Locale locale) {
        this.words = new LanguageBundle(BUNDLE, locale);
    }

    /** The texts for a language: Japanese for {@code ja}, English for any other. */
    public static ReportTexts of(Locale language) {
        return LanguageBundle.isJapanese(language) ? JAPANESE : ENGLISH;
    }

    /** {@link Locale#ENGLISH} or {@link Locale#JAPANESE}. */
    public Locale locale() {
        return words.locale();
    }

    /** "en" or "ja", as {@link Rubric#localized} takes it. */
    public String language() {
        return words.locale().getLanguage();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** "6 Dec 2026", "2026年12月6日". */
    public String date(LocalDate date) {
        return DisplayDates.shown(date, words.locale());
    }

    /** The date, or empty when there is none. */
    public String date(Optional<LocalDate> date) {
        return date.map(this::date).orElse("");
    }

    /** The rubric with its texts in this language where it has them (for showing only). */
    public Rubric rubric(Rubric rubric) {
        return rubric.localized(language());
    }

    /** "improved", "regressed", "unchanged", "not comparable". */
    public String word(DebtMove move) {
        return get("move." + move.name());
    }

    /** "▼ improved", "= unchanged", "not comparable". */
    public String marked(DebtMove move) {
        return move.glyph().isEmpty() ? word(move) : move.glyph() + " " + word(move);
    }

    /** "▼ −10.3 improved"; "not comparable" without glyph. */
    public String marked(DebtMove move, String signedDelta) {
        return move.glyph().isEmpty() ? word(move) : move.glyph() + " " + signedDelta + " " + word(move);
    }

    /** An action's status: "open", "done", … (lower case, as the reports wrote it). */
    public String status(Enum<?> status) {
        return get("status." + status.name());
    }
}
