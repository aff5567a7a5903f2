package io.debtmeter.core.storage;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times as stored: ISO-8601 UTC with exactly three fraction digits. A fixed width matters:
 * {@link Instant#toString()} drops zero fractions, and "…:00Z" sorts after "…:00.5Z" as text.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * How PostgreSQL writes a timestamptz as text: "2026-11-26 10:15:30.12+00" (trailing zeros of
     * the fraction dropped, the session's offset, minutes only when not whole hours).
     */
    private static final DateTimeFormatter POSTGRESQL_TEXT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:mm", "+00")
            .toFormatter(Locale.ROOT);

    private final Clock clock;

    Timestamps(Clock clock) {
        this.clock = clock;
    }

    /** Now, cut to what is stored, so that a record returned equals the record read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * Reads a stored time. The fixed format is read digit by digit: {@link Instant#parse} goes
     * through a general formatter (a hash map per call), a noticeable part of reading a
     * portfolio's 1,000 assessments. Anything else (a hand-edited file) goes to the general parser,
     * which also reports what is wrong with a damaged time.
     */
    static Instant parse(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int millis = digits(text, 20, 23);
            // Negative when any field is -1 (not all digits).
            if ((year | month | day | hour | minute | second | millis) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeException outOfRange) {
                    // e.g. February 30th: the general parser below says so in its own words.
                }
            }
        }
        if (text.length() > 19 && text.charAt(10) == ' ' && text.indexOf('T') < 0) {
            return OffsetDateTime.parse(text, POSTGRESQL_TEXT).toInstant();
        }
        return Instant.parse(text);
    }

    /** The number written in {@code text[from, to)}, or -1 unless it is all ASCII digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
