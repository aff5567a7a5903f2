package io.debtmeter.core.voting;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VotingCodeTest {

    @Test
    void isTwentyTwoUrlSafeCharactersOf128RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String text = VotingCode.random().text();
            assertThat(text).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            seen.add(text);
        }
        assertThat(seen).as("no two codes alike").hasSize(1000);
    }

    @Test
    void matchesOnlyItsExactText() {
        VotingCode code = VotingCode.random();
        String text = code.text();

        assertThat(code.matches(text)).isTrue();
        assertThat(code.matches(text + "x")).isFalse();
        assertThat(code.matches(text.substring(1))).isFalse();
        assertThat(code.matches(text.toUpperCase())).isEqualTo(text.equals(text.toUpperCase()));
        assertThat(code.matches("")).isFalse();
        assertThat(code.matches(null)).isFalse();
        assertThat(code.matches(VotingCode.random().text())).isFalse();
        assertThat(code).hasToString(text);
    }
}
