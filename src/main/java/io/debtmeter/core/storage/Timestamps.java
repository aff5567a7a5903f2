package io.debtmeter.core.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored: ISO-8601 UTC with exactly three fraction digits. A fixed width matters:
 * {@link Instant#toString()} drops zero fractions, and "…:00Z" sorts after "…:00.5Z" as text.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

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

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
