package io.debtmeter.core.storage;

import io.debtmeter.core.platform.UsualTimes;

import java.time.Clock;
import java.time.Instant;
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
     * Reads a stored time: the usual shape digit by digit ({@link UsualTimes}); anything else (a
     * hand-edited file, PostgreSQL's text) by the general parsers, which also say what is wrong.
     */
    static Instant parse(String text) {
        Instant usual = UsualTimes.parseOrNull(text);
        if (usual != null) {
            return usual;
        }
        if (text.length() > 19 && text.charAt(10) == ' ' && text.indexOf('T') < 0) {
            return OffsetDateTime.parse(text, POSTGRESQL_TEXT).toInstant();
        }
        return Instant.parse(text);
    }
}
