package io.debtmeter.core.scoring;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as the screen shows them: {@link ScoreCalculator#roundForDisplay} (half-up, one decimal). The
 * screens, the reports and the command line all write scores through here, so a number reads the same
 * wherever it appears.
 */
public final class DisplayNumbers {

    /** Shown where there is no number (nothing scored). */
    public static final String NONE = "\u2014";

    private DisplayNumbers() {
    }

    /** "38.8", or the dash when empty. */
    public static String shown(OptionalDouble value) {
        return value.isPresent() ? shown(value.getAsDouble()) : NONE;
    }

    public static String shown(double value) {
        return shown(value, Locale.ROOT);
    }

    /** "38.8", or "38,8" where the locale writes a decimal comma (the printed reports). */
    public static String shown(double value, Locale locale) {
        return String.format(locale, "%.1f", ScoreCalculator.roundForDisplay(value));
    }

    /** A difference of shown values with its sign: "+1.5", "-6.2", "0.0"; the dash when empty. */
    public static String signed(OptionalDouble delta) {
        return delta.isPresent() ? signed(delta.getAsDouble(), Locale.ROOT, "-") : NONE;
    }

    /** As {@link #signed(OptionalDouble)}, in the locale and with the given minus sign (print sets U+2212). */
    public static String signed(double delta, Locale locale, String minus) {
        double shown = ScoreCalculator.roundForDisplay(delta);
        String text = shown(Math.abs(shown), locale);
        return shown > 0 ? "+" + text : shown < 0 ? minus + text : text;
    }

    /** A move in scale levels with its sign and without a needless ".0": "+2", "-0.5", "0"; the dash when empty. */
    public static String signedLevels(OptionalDouble levels) {
        if (levels.isEmpty()) {
            return NONE;
        }
        double value = java.math.BigDecimal.valueOf(levels.getAsDouble()).setScale(2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        String text = level(Math.abs(value));
        return value > 0 ? "+" + text : value < 0 ? "-" + text : text;
    }

    /** A scale value without a needless ".0": 2, 0.5. */
    public static String level(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
