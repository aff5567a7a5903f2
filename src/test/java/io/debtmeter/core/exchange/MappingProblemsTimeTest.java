package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MappingProblems#time}, which reads the usual times digit by digit, against {@link Instant#parse},
 * which it stands in for: the same instant for every time it takes, the same problem for every other.
 */
class MappingProblemsTimeTest {

    @Test
    void readsEveryTimeAsInstantParseDoes() {
        List<String> times = new ArrayList<>(List.of("2026-06-30T09:00:14.000Z", "0000-01-01T00:00:00.000Z",
                "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000Z", "2026-02-29T12:00:00.000Z",
                "2026-02-30T12:00:00.000Z", "2026-04-31T12:00:00.000Z", "2026-12-31T23:59:60.000Z",
                "2026-06-30T24:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
                "2026-06-00T00:00:00.000Z", "2026-06-30T09:60:00.000Z", "2026-06-30T09:00:14.00Z",
                "2026-06-30T09:00:14Z", "2026-06-30T09:00:14.000+01:00", "2026-06-30 09:00:14.000Z",
                "2026-06-30T09:00:1a.000Z", "-026-06-30T09:00:14.000Z", "+2026-06-30T09:00:14.000Z", ""));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            times.add(ExchangeFormat.time(Instant.ofEpochMilli(random.nextLong(-62_167_219_200_000L, 253_402_300_799_999L))));
        }
        for (String time : times) {
            MappingProblems problems = new MappingProblems(new ExchangeReader().texts());
            Instant read = problems.time(TextNode.valueOf(time), "/t");
            Instant expected;
            try {
                expected = Instant.parse(time);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            if (expected != null) {
                assertThat(read).as(time).isEqualTo(expected);
                assertThat(problems.firstOnes()).as(time).isEmpty();
            } else {
                assertThat(read).as(time).isEqualTo(Instant.EPOCH);
                assertThat(problems.firstOnes()).as(time).hasSize(1);
            }
        }
    }
}
