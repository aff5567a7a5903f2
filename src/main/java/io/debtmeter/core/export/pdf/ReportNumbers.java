package io.debtmeter.core.export.pdf;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers and dates as the reports write them. Scores go through {@link DisplayNumbers} (the rounding of
 * {@link ScoreCalculator#roundForDisplay}), as on the screen, so a number on paper is the number on screen;
 * print adds the locale's decimal mark, a true minus sign and an en dash for "none".
 */
final class ReportNumbers {

    private final Locale locale;
    private final Locale language;

    ReportNumbers(Locale locale) {
        this(locale, Locale.ENGLISH);
    }

    /** @param language writes dates: "6 Dec 2026", "2026年12月6日" */
    ReportNumbers(Locale locale, Locale language) {
        this.locale = locale;
        this.language = language;
    }

    /** "37.5" (or "37,5" in locales with a decimal comma). */
    String score(double value) {
        return DisplayNumbers.shown(value, locale);
    }

    String score(OptionalDouble value) {
        return value.isPresent() ? score(value.getAsDouble()) : "–";
    }

    /** A difference with its sign: "+2.5", "−1.0", "0.0". */
    String signed(double value) {
        return DisplayNumbers.signed(value, locale, "−");
    }

    String signed(OptionalDouble value) {
        return value.isPresent() ? signed(value.getAsDouble()) : "–";
    }

    /** A scale level: "2" for 2.0, "0.5" for 0.5. */
    String level(double value) {
        return DisplayNumbers.level(value);
    }

    /** Level steps with a sign, "+2", "−0.5". */
    String signedLevels(double value) {
        String digits = level(Math.abs(value));
        return value > 0 ? "+" + digits : value < 0 ? "−" + digits : "0";
    }

    /**
     * The width (a column weight) a date column needs: a Japanese date ("2027年1月15日") is about a third
     * wider than an English one ("15 Jan 2027"), and one cut before its 日 reads badly.
     */
    float dateColumn(float english) {
        return "ja".equals(language.getLanguage()) ? english * 1.35f : english;
    }

    String date(LocalDate date) {
        return DisplayDates.shown(date, language);
    }
}
