package io.debtmeter.core.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayDatesTest {

    private static final LocalDate DECEMBER_6 = LocalDate.of(2026, 12, 6);

    @Test
    void englishIsDayShortMonthYearWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            // The five formats of issue 19 came from the machine's locale: en_US would print 12/6/2026 or Dec 6, 2026.
            for (Locale machine : new Locale[] {Locale.US, Locale.GERMANY, Locale.JAPAN, Locale.UK}) {
                Locale.setDefault(machine);
                assertThat(DisplayDates.shown(DECEMBER_6)).as(machine.toString()).isEqualTo("6 Dec 2026");
                assertThat(DisplayDates.formatter().format(DECEMBER_6)).isEqualTo("6 Dec 2026");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneFormatPerLanguage() {
        assertThat(DisplayDates.shown(DECEMBER_6, Locale.ENGLISH)).isEqualTo("6 Dec 2026");
        assertThat(DisplayDates.shown(LocalDate.of(2026, 9, 30), Locale.US)).isEqualTo("30 Sep 2026");
        assertThat(DisplayDates.shown(DECEMBER_6, Locale.JAPANESE)).isEqualTo("2026年12月6日");
        assertThat(DisplayDates.shown(Optional.empty())).isEmpty();
        assertThat(DisplayDates.shown(Optional.of(DECEMBER_6))).isEqualTo("6 Dec 2026");
    }
}
