package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The JSON columns as the file holds them: the exact text written (files written before keep
 * reading the same, and json_each reads the id lists), and damaged text refused in words.
 */
class JsonColumnsTest {

    private final JsonColumns json = new JsonColumns();

    @Test
    void writesCompactArraysAndObjectsWithNamesInOrder() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("3", 2);
        votes.put("1", 4);

        assertThat(json.strings(List.of("Ana", "Bo \"the\" Dev", "Zoë"))).isEqualTo("[\"Ana\",\"Bo \\\"the\\\" Dev\",\"Zoë\"]");
        assertThat(json.counts(votes)).isEqualTo("{\"1\":4,\"3\":2}");
        assertThat(json.strings(List.of())).isEqualTo("[]");
        assertThat(json.counts(Map.of())).isEqualTo("{}");
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000007");
        assertThat(json.ids(List.of(id))).isEqualTo("[\"00000000-0000-0000-0000-000000000007\"]");
    }

    @Test
    void readsBackWhatItWrote() throws SQLException {
        List<String> people = List.of("Ana", "Bo \"the\" Dev", "Zoë", "back\\slash", "");
        Map<String, Integer> votes = Map.of("0", 1, "2", 5, "n/a", 3);

        assertThat(json.strings(json.strings(people))).isEqualTo(people);
        assertThat(json.counts(json.counts(votes))).isEqualTo(votes);
        assertThat(json.strings("[]")).isEmpty();
        assertThat(json.counts("{}")).isEmpty();
        // Whitespace, as another tool (or an older Jackson) may have written it.
        assertThat(json.strings("[ \"a\" , \"b\" ]")).containsExactly("a", "b");
        assertThat(json.counts("{ \"1\" : 2 }")).containsExactly(Map.entry("1", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[\"a\"", "[\"a\",]", "{\"a\":1}", "[1, 2]", "[\"a\", null]", "[[\"a\"]]",
            "[\"a\"] trailing", "\"a\""})
    void aDamagedListIsRefusedNamingWhatTheColumnHolds(String damaged) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> json.strings(damaged));

        assertThat(refused.getMessage()).startsWith("a JSON column holds " + damaged + ", which cannot be read: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"1\":", "{\"1\":\"2\"}", "{\"1\":2.5}", "{\"1\":null}", "[\"1\"]", "{\"1\":99999999999}",
            "{\"1\":2} {}"})
    void damagedCountsAreRefusedNamingWhatTheColumnHolds(String damaged) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> json.counts(damaged));

        assertThat(refused.getMessage()).startsWith("a JSON column holds " + damaged + ", which cannot be read: ");
    }

    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        return catchThrowableOfType(SQLException.class, read).getMessage();
    }

    @Test
    void theReasonSaysWhatWasFoundInsteadOfTheColumnsShape() {
        assertThat(refusal(() -> json.strings("[\"a\", 2]")))
                .endsWith("expected a string, found a number");
        assertThat(refusal(() -> json.counts("{\"1\":\"2\"}")))
                .endsWith("expected a whole number for \"1\", found a string");
        assertThat(refusal(() -> json.strings("[\"a\"] []")))
                .endsWith("found '[' after the end of the value");
    }

    /** The quick read of plain votes gives what Jackson gives, and leaves everything else to it. */
    @Test
    void plainVotesAreReadWithoutJacksonAsJacksonReadsThem() throws SQLException {
        JsonColumns columns = new JsonColumns();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            Map<String, Integer> votes = new java.util.HashMap<>();
            for (int n = random.nextInt(1, 6); n > 0; n--) {
                votes.put(random.nextBoolean() ? String.valueOf(random.nextInt(5)) : "0." + random.nextInt(10),
                        random.nextInt(0, i % 50 == 0 ? Integer.MAX_VALUE : 30));
            }
            String json = columns.counts(votes);
            Map<String, Integer> quick = JsonColumns.plainCounts(json);
            if (votes.values().stream().allMatch(count -> count < 1_000_000_000)) {
                assertThat(quick).as(json).isEqualTo(votes);
            } else {
                assertThat(quick).as("ten digits are left to Jackson: %s", json).isNull();
            }
            assertThat(columns.counts(json)).isEqualTo(votes);
        }
        for (String other : List.of("{\"a\":01}", "{\"a\":-1}", "{\"a\":1.0}", "{\"a\":1,}", "{ \"a\":1}",
                "{\"a\":1}}", "{\"a\"1}", "{\"a\":}", "{\"a\nb\":1}", "{\"a\\\"b\":1}", "{\"a\":1\"b\":2}",
                "{\"a\":12345678901}", "{\"a\":1234567890}", "[1]", "{\"a\":1")) {
            assertThat(JsonColumns.plainCounts(other)).as(other).isNull();
        }
        assertThat(columns.counts("{\"a\\\"b\":1}")).containsExactly(Map.entry("a\"b", 1));
    }
}
