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
}
