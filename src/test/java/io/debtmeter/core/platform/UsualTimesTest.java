package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The digit-by-digit readings agree with java.time's, and leave everything unusual to it. */
class UsualTimesTest {

    @Test
    void aUsualTimeIsTheInstantItNames() {
        // 2026-06-30 is day 20,634 after 1970-01-01; 09:00:14.250 adds 32,414.25 s.
        assertThat(UsualTimes.parseOrNull("2026-06-30T09:00:14.250Z"))
                .isEqualTo(Instant.ofEpochSecond(20_634L * 86_400 + 32_414, 250_000_000));
    }

    @Test
    void aUsualDateIsTheDayItNames() {
        assertThat(UsualTimes.dateOrNull("2026-06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(UsualTimes.dateOrNull("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UsualTimes.dateOrNull("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-6-30", "2026-06-30 ",
            "+2026-06-30", "2026/06/30", "2026-06-3x", "", "2026-06-30T00:00:00.000Z"})
    void anUnusualOrImpossibleDateIsLeftToTheGeneralParser(String text) {
        assertThat(UsualTimes.dateOrNull(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T09:00:00.000Z", "2026-06-30T24:00:00.000Z", "2026-06-30T09:60:00.000Z",
            "2026-06-30T09:00:00Z", "2026-06-30T09:00:00.000+01:00", "2026-06-30t09:00:00.000Z", "2026-06-30"})
    void anUnusualOrImpossibleTimeIsLeftToTheGeneralParser(String text) {
        assertThat(UsualTimes.parseOrNull(text)).isNull();
    }
}
