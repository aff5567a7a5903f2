package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {

    @Test
    void storedTimesReadBackAsTheGeneralParserReadsThem() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            // 1970 to 2100, to the millisecond: every month length, leap days, midnight and 23:59:59.999.
            Instant time = Instant.ofEpochMilli(random.nextLong(4_102_444_800_000L));
            String stored = Timestamps.format(time);

            assertThat(Timestamps.parse(stored)).as(stored).isEqualTo(Instant.parse(stored)).isEqualTo(time);
        }
    }

    @Test
    void edgesOfMonthsAndOtherLayoutsStillParse() {
        assertThat(Timestamps.parse("2028-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2028-02-29T23:59:59.999Z"));
        assertThat(Timestamps.parse("2026-12-31T00:00:00.000Z")).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(Timestamps.parse("2026-11-26T10:15:30Z")).isEqualTo(Instant.parse("2026-11-26T10:15:30Z"));
        assertThat(Timestamps.parse("2026-11-26T10:15:30.5Z")).isEqualTo(Instant.parse("2026-11-26T10:15:30.500Z"));
    }

    /** PostgreSQL's text of a timestamptz: fraction without trailing zeros, the session's offset. */
    @Test
    void postgresqlsTextOfATimestamptzReadsAsTheSameInstant() {
        Instant instant = Instant.parse("2026-11-26T10:15:30.120Z");

        assertThat(Timestamps.parse("2026-11-26 10:15:30.12+00")).isEqualTo(instant);
        assertThat(Timestamps.parse("2026-11-26 11:15:30.12+01")).isEqualTo(instant);
        assertThat(Timestamps.parse("2026-11-26 15:45:30.12+05:30")).isEqualTo(instant);
        assertThat(Timestamps.parse("2026-11-26 10:15:30+00")).isEqualTo(Instant.parse("2026-11-26T10:15:30Z"));
        assertThatThrownBy(() -> Timestamps.parse("2026-11-26 10:15:30.12")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aDamagedTimeIsStillAnError() {
        assertThatThrownBy(() -> Timestamps.parse("2026-02-30T10:15:30.123Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-1x-26T10:15:30.123Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-11-26T24:15:30.123Z")).isInstanceOf(DateTimeParseException.class);
    }
}
