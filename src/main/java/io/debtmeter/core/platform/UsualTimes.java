package io.debtmeter.core.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times in the one shape Debtmeter writes them, "2026-06-30T09:00:14.000Z" (UTC, three fraction
 * digits), and dates as "2026-06-30", read digit by digit: {@link Instant#parse} goes through a general formatter (a hash map
 * per call), a noticeable part of reading a portfolio's 1,000 assessments or a file's 600,000
 * records. Anything else (a leap second, hour 24, the 30th of February, another shape) is left to
 * the caller's general parser, which also says what is wrong.
 */
public final class UsualTimes {

    private UsualTimes() {
    }

    /** The instant, or null when the text is not a usual time with every field in range. */
    public static Instant parseOrNull(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        // Negative when any field is -1 (not all digits).
        if ((year | month | day | hour | minute | second | millis) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The date of a usual "2026-06-30", or null when the text is not one with every field in range. */
    public static LocalDate dateOrNull(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if ((year | month | day) < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException outOfRange) {
            return null;
        }
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
